import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

describe('what npm start and npm run demo load first', () => {
  it('turns on Node’s compile cache before the server’s modules load', async () => {
    const { NODE_COMPILE_CACHE: _ignored, ...env } = process.env;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', './scripts/prepare-web.ts', '--input-type=module', '-e', "console.log((await import('node:module')).getCompileCacheDir())"],
      { cwd: root, env: { ...env, PORTER_SKIP_WEB_BUILD: '1' } },
    );
    expect(path.dirname(stdout.trim())).toBe(path.join(tmpdir(), 'node-compile-cache'));
  });
});
