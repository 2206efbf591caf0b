/**
 * Preloaded by `npm start` and `npm run demo` (`node --import`), so the web app is built, when
 * stale, inside the one Node process that then runs the server: a signal sent to npm reaches
 * Porter itself rather than a shell that would leave it orphaned. The start-up tests set
 * PORTER_SKIP_WEB_BUILD=1: they exercise the server, and a build would only slow them.
 */
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { buildWebIfStale } from './web-build.ts';

// Node keeps what it compiled of each module (in the system's temporary folder, or at
// NODE_COMPILE_CACHE) and reuses it while the file is unchanged. Turned on here, before the
// server's modules load: a start took 1.9–2.0 s before, 1.4 s from the second start on.
enableCompileCache();

if (process.env.PORTER_SKIP_WEB_BUILD !== '1') buildWebIfStale(path.resolve(import.meta.dirname, '..'));
