import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from './test/harness.ts';

const mainFile = path.resolve(import.meta.dirname, 'main.ts');

/** Runs `node server/main.ts` until `until` matches its output, then optionally signals it. */
function runMain(env: Record<string, string>, until: RegExp | null, signal?: NodeJS.Signals) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [mainFile], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out; output so far:\n${output}`));
    }, 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (until && signal && until.test(output)) child.kill(signal);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('npm start', () => {
  it('prints a one-time setup code on an empty database, and stops cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'porter-main-'));
    const { code, output } = await runMain({ DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'silent' }, /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/, 'SIGTERM');
    expect(output).toContain('enter this setup code');
    expect(code).toBe(0);
  });

  it('refuses to start with a bad setting, naming it', async () => {
    const { code, output } = await runMain({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'porter-main-')), PORT: 'eighty', SMTP_URL: 'nope' }, null);
    expect(code).toBe(1);
    expect(output).toContain('Porter cannot start');
    expect(output).toContain('PORT must be a whole number');
    expect(output).toContain('SMTP_URL must start with smtp://');
  });
});
