import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stampServiceWorkers } from './service-worker.ts';

const workers = ['portal-sw.js', 'field-sw.js'];

function builtApp(indexHtml: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'porter-sw-'));
  writeFileSync(path.join(outDir, 'index.html'), indexHtml);
  for (const worker of workers) cpSync(path.resolve(import.meta.dirname, '../web/public', worker), path.join(outDir, worker));
  return outDir;
}

describe('the portal service worker of a build', () => {
  it('names the build in its caches, so a new build is a new worker that replaces the old shell', () => {
    const first = builtApp('<script type="module" src="/assets/index-aaa111.js"></script>');
    const second = builtApp('<script type="module" src="/assets/index-bbb222.js"></script>');
    const firstBuild = stampServiceWorkers(first);
    const secondBuild = stampServiceWorkers(second);
    expect(firstBuild).not.toBe(secondBuild);
    const stamped = readFileSync(path.join(first, 'portal-sw.js'), 'utf8');
    expect(stamped).toContain(`const build = '${firstBuild}';`);
    expect(stamped).not.toContain('__PORTER_BUILD__');
    expect(readFileSync(path.join(second, 'portal-sw.js'), 'utf8')).toContain(`const build = '${secondBuild}';`);
  });

  it('names the build in the field app’s shell cache too, so a technician’s phone drops the old shell', () => {
    const outDir = builtApp('<script type="module" src="/assets/index-ccc333.js"></script>');
    const build = stampServiceWorkers(outDir);
    const stamped = readFileSync(path.join(outDir, 'field-sw.js'), 'utf8');
    expect(stamped).toContain(`const shellCache = \`\${shellPrefix}${build}\`;`);
    expect(stamped).not.toContain('__PORTER_BUILD__');
  });

  it('gives the same build the same name, so an unchanged app does not reinstall', () => {
    const html = '<script type="module" src="/assets/index-aaa111.js"></script>';
    expect(stampServiceWorkers(builtApp(html))).toBe(stampServiceWorkers(builtApp(html)));
  });
});
