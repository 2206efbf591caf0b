/**
 * Names the build in the portal's and the field app's service workers, so each build is a new worker: the browser
 * installs it on the next visit, and it keeps this build's shell and deletes the one before (`web/public/*-sw.js`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const placeholder = '__PORTER_BUILD__';
const stampedWorkers = ['portal-sw.js', 'field-sw.js'];

/**
 * The build is named by a hash of its index.html: that names the entry script and styles by their content
 * hashes, and the entry names every file it loads later, so any change to the app changes it.
 */
export function stampServiceWorkers(outDir: string): string {
  const build = createHash('sha256').update(readFileSync(path.join(outDir, 'index.html'))).digest('hex').slice(0, 16);
  for (const name of stampedWorkers) {
    const file = path.join(outDir, name);
    if (!existsSync(file)) continue;
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(placeholder, build));
  }
  return build;
}
