import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webBuildIsFresh, webFingerprint } from './web-build.ts';

function checkout(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'porter-build-'));
  for (const dir of ['web/app', 'shared', 'server', 'dist/web']) mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, 'web/app/page.tsx'), 'export const page = 1;');
  writeFileSync(path.join(root, 'shared/roles.ts'), 'export const roles = [];');
  writeFileSync(path.join(root, 'vite.config.ts'), 'export default {};');
  writeFileSync(path.join(root, 'package-lock.json'), '{}');
  writeFileSync(path.join(root, 'server/main.ts'), 'start();');
  return root;
}

function stamp(root: string): void {
  writeFileSync(path.join(root, 'dist/web/index.html'), '<!doctype html>');
  writeFileSync(path.join(root, 'dist/web-build.json'), JSON.stringify({ fingerprint: webFingerprint(root) }));
}

describe('building the web app only when it changed', () => {
  it('is fresh after a build and stays fresh when only server code or tests change', () => {
    const root = checkout();
    expect(webBuildIsFresh(root)).toBe(false);
    stamp(root);
    expect(webBuildIsFresh(root)).toBe(true);
    writeFileSync(path.join(root, 'server/main.ts'), 'start(); stop();');
    writeFileSync(path.join(root, 'shared/roles.test.ts'), 'test();');
    expect(webBuildIsFresh(root)).toBe(true);
  });

  it('is stale when a web or shared source, the Vite config or the lockfile changes', () => {
    for (const file of ['web/app/page.tsx', 'shared/roles.ts', 'vite.config.ts', 'package-lock.json']) {
      const root = checkout();
      stamp(root);
      writeFileSync(path.join(root, file), '// changed');
      expect(webBuildIsFresh(root), file).toBe(false);
    }
  });

  it('is stale when a web file is added, or when the built page is missing', () => {
    const root = checkout();
    stamp(root);
    writeFileSync(path.join(root, 'web/app/new-page.tsx'), 'export {};');
    expect(webBuildIsFresh(root)).toBe(false);
    const other = checkout();
    writeFileSync(path.join(other, 'dist/web-build.json'), JSON.stringify({ fingerprint: webFingerprint(other) }));
    expect(webBuildIsFresh(other)).toBe(false);
  });
});
