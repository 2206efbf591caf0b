import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from './test/harness.ts';

const root = path.resolve(import.meta.dirname, '..');
const mainFile = path.resolve(import.meta.dirname, 'main.ts');

type Run = { code: number | null; output: string };

/** Runs a command until `until` matches its output, then optionally signals it. */
function runUntil(command: string, args: string[], env: Record<string, string>, until: RegExp | null, signal?: NodeJS.Signals, onMatch?: () => Promise<void>) {
  return new Promise<Run & { pid: number }>((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let matched = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out; output so far:\n${output}`));
    }, 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (matched || !until || !signal || !until.test(output)) return;
      matched = true;
      void (onMatch ?? (async () => undefined))().then(() => child.kill(signal));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, pid: child.pid! });
    });
  });
}

const runMain = (env: Record<string, string>, until: RegExp | null, signal?: NodeJS.Signals, onMatch?: () => Promise<void>) =>
  runUntil(process.execPath, [mainFile], env, until, signal, onMatch);

const setupCode = /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/;
const freshDir = () => mkdtempSync(path.join(tmpdir(), 'porter-main-'));

/** Whether anything still accepts connections on the port. */
function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A start-up failure: exit code 1 and one line that says what to do, no stack trace. */
function expectOneLineRefusal(result: Run, pattern: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.output).toMatch(pattern);
  expect(result.output).not.toMatch(/^\s+at /m);
  expect(result.output.trim().split('\n')).toHaveLength(1);
}

// Each test starts Porter in processes of its own: on a busy two-core machine that takes longer than an in-process test.
describe('npm start', { timeout: 120_000 }, () => {
  it('prints a one-time setup code on an empty database, and stops cleanly on SIGTERM', async () => {
    const dataDir = freshDir();
    const { code, output } = await runMain({ DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'silent' }, setupCode, 'SIGTERM');
    expect(output).toContain('enter this setup code');
    expect(code).toBe(0);
  });

  it('refuses to start with a bad setting, naming it', async () => {
    const { code, output } = await runMain({ DATA_DIR: freshDir(), PORT: 'eighty', SMTP_URL: 'nope' }, null);
    expect(code).toBe(1);
    expect(output).toContain('Porter cannot start');
    expect(output).toContain('PORT must be a whole number');
    expect(output).toContain('SMTP_URL must start with smtp://');
  });

  it('stops when npm is sent SIGTERM: Porter is not left running behind it', async () => {
    const port = await freePort();
    const env = { DATA_DIR: freshDir(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', PORTER_SKIP_WEB_BUILD: '1' };
    const result = await runUntil('npm', ['start', '--silent'], env, setupCode, 'SIGTERM', async () => {
      expect(await isListening(port)).toBe(true);
    });
    expect(result.output).toMatch(setupCode);
    await expect.poll(() => isListening(port), { timeout: 30_000 }).toBe(false);
  });

  it('keeps a terminal readable: pretty logs without a line per request, so the setup code stays on screen', async () => {
    const port = await freePort();
    const askHealth = async () => {
      for (let i = 0; i < 3; i++) await fetch(`http://127.0.0.1:${port}/api/health`);
    };
    const pretty = await runMain({ DATA_DIR: freshDir(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' }, setupCode, 'SIGTERM', askHealth);
    expect(pretty.output).toMatch(setupCode);
    expect(pretty.output).not.toMatch(/incoming request|request completed/);
    const json = await runMain({ DATA_DIR: freshDir(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', LOG_FORMAT: 'json' }, setupCode, 'SIGTERM', askHealth);
    expect(json.output).toMatch(/"msg":"request completed"/);
  });
});

describe('a start that cannot succeed says why in one line', { timeout: 120_000 }, () => {
  it('when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const result = await runMain({ DATA_DIR: freshDir(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' }, null);
      expectOneLineRefusal(result, new RegExp(`Port ${port} is already in use: stop the program using it, or start Porter on another port with PORT=`));
    } finally {
      blocker.close();
    }
  });

  it('when HOST is not an address of this machine', async () => {
    const result = await runMain({ DATA_DIR: freshDir(), PORT: String(await freePort()), HOST: '203.0.113.9', LOG_LEVEL: 'silent' }, null);
    expectOneLineRefusal(result, /HOST=203\.0\.113\.9 is not an address of this machine/);
  });

  it('when DATA_DIR is a file', async () => {
    const file = path.join(freshDir(), 'in-the-way');
    writeFileSync(file, '');
    const result = await runMain({ DATA_DIR: file, PORT: String(await freePort()), LOG_LEVEL: 'silent' }, null);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`DATA_DIR=${file} cannot be used (a file is in the way of the folder)`);
    expect(result.output).not.toMatch(/^\s+at /m);
  });

  it('when PostgreSQL cannot be reached', async () => {
    const env = { DATA_DIR: freshDir(), PORT: String(await freePort()), LOG_LEVEL: 'silent', SESSION_SECRET: 'a-session-secret-of-at-least-32-chars', DATABASE_URL: 'postgres://porter@127.0.0.1:1/porter' };
    expectOneLineRefusal(await runMain(env, null), /Cannot reach PostgreSQL at 127\.0\.0\.1:1 \(DATABASE_URL\): check that it is running/);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('when the PostgreSQL database does not exist', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = '/porter_no_such_database';
    const env = { DATA_DIR: freshDir(), PORT: String(await freePort()), LOG_LEVEL: 'silent', SESSION_SECRET: 'a-session-secret-of-at-least-32-chars', DATABASE_URL: url.toString() };
    expectOneLineRefusal(await runMain(env, null), /has no database "porter_no_such_database": create it \(createdb porter_no_such_database\)/);
  });
});
