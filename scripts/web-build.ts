/**
 * Builds the web app only when its sources changed since the last build, so `npm start` and
 * `npm run demo` start in a second on an unchanged checkout. The build's fingerprint is a hash
 * of every input Vite reads: the web and shared sources, the Vite config and its style plugin, and the lockfile.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const inputs = ['web', 'shared', 'vite.config.ts', 'scripts/mantine-component-css.ts', 'package-lock.json'];

/** The hash of every file the web build reads, in a stable order. */
export function webFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of listFiles(path.join(root, input))) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

// Tests never reach the browser bundle, so editing one does not call for a rebuild.
function listFiles(target: string): string[] {
  if (!existsSync(target)) return [];
  if (statSync(target).isFile()) return [target];
  return readdirSync(target, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const stampFile = (root: string) => path.join(root, 'dist', 'web-build.json');

/** Called by the Vite build when it finishes, with the fingerprint taken when it started. */
export function writeWebBuildStamp(root: string, fingerprint: string): void {
  writeFileSync(stampFile(root), JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }));
}

/** True when dist/web was built from exactly the sources on disk now. */
export function webBuildIsFresh(root: string): boolean {
  if (!existsSync(path.join(root, 'dist', 'web', 'index.html')) || !existsSync(stampFile(root))) return false;
  const stamp = JSON.parse(readFileSync(stampFile(root), 'utf8')) as { fingerprint?: string };
  return stamp.fingerprint === webFingerprint(root);
}

/** Runs `vite build` when the sources changed; returns whether it built. Exits the process on a failed build. */
export function buildWebIfStale(root: string): boolean {
  if (webBuildIsFresh(root)) return false;
  console.log('  Building the web app (once after each change to its sources)…');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The web app did not build; the messages above say why.');
    process.exit(1);
  }
  return true;
}
