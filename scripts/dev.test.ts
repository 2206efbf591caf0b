import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../server/test/harness.ts';

const root = path.resolve(import.meta.dirname, '..');

describe('npm run dev', () => {
  it('runs the API on PORT and points the hot-reload server’s /api proxy at it', async () => {
    const [apiPort, devPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, ['scripts/dev.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(apiPort), DEV_PORT: String(devPort), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'porter-dev-')), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      await expect.poll(() => output, { timeout: 60_000 }).toMatch(/Porter is running at http:\/\/localhost:\d+/);
      expect(output).toContain(`Porter is running at http://localhost:${apiPort}`);
      const health = async () => (await fetch(`http://localhost:${devPort}/api/health`).catch(() => null))?.status;
      await expect.poll(health, { timeout: 30_000 }).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 120_000);
});
