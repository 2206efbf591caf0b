/**
 * Preloaded by `npm start` and `npm run demo` (`node --import`), so the web app is built, when
 * stale, inside the one Node process that then runs the server: a signal sent to npm reaches
 * Porter itself rather than a shell that would leave it orphaned. The start-up tests set
 * PORTER_SKIP_WEB_BUILD=1: they exercise the server, and a build would only slow them.
 */
import path from 'node:path';
import { buildWebIfStale } from './web-build.ts';

if (process.env.PORTER_SKIP_WEB_BUILD !== '1') buildWebIfStale(path.resolve(import.meta.dirname, '..'));
