import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { inspect } from '../../test/harness.ts';

function capture() {
  const lines: string[] = [];
  return { out: { log: (line: string) => lines.push(line) }, text: () => lines.join('\n') };
}

const tempDir = (name: string) => mkdtempSync(path.join(tmpdir(), `porter-${name}-`));

/**
 * Another process writing to the database as fast as it can, one committed row at a time; it
 * prints a row's id only after the commit returns, so every id printed is an acknowledged write.
 */
function startWriter(databaseFile: string, stopFile: string) {
  // It waits for each id to be written and lets its event loop run between writes: the backup
  // blocks the test's process, its output fills, and Node then queues stdout writes for an event
  // loop that a loop without awaits never reaches, so no id arrived until the writer stopped.
  // It stops on its own when the stop file appears, when its database's folder is gone (the test
  // ended without stopping it) or when the test's process is: left running, it would hold that
  // process's stderr open and the test run would never finish. Commits are not flushed to disk
  // (synchronous = NORMAL): the backup's promise is a consistent snapshot, not surviving a power
  // cut, and on a machine busy with other databases a flush can take a second.
  const script = `
    import { DatabaseSync } from 'node:sqlite';
    import { existsSync } from 'node:fs';
    import { dirname } from 'node:path';
    import { randomUUID } from 'node:crypto';
    const [file, stopFile] = process.argv.slice(1);
    const parent = process.ppid;
    const db = new DatabaseSync(file);
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000');
    const insert = db.prepare("insert into audit_events (id, actor_kind, action, created_at) values (?, 'system', 'load.test', ?)");
    while (!existsSync(stopFile) && existsSync(dirname(file)) && process.ppid === parent) {
      const id = randomUUID();
      insert.run(id, new Date().toISOString());
      await new Promise((written) => process.stdout.write(id + '\\n', written));
      await new Promise((pause) => setTimeout(pause, 1));
    }
    db.close();
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, databaseFile, stopFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acknowledged: string[] = [];
  const waiters: { count: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (id) => {
    acknowledged.push(id);
    for (const waiter of waiters.filter((w) => acknowledged.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // A writer that died (its error is on stderr) fails the wait at once instead of at the hook's time limit.
  // 'close' comes after the last line of its output has been read.
  child.on('close', (code) => {
    for (const waiter of waiters.splice(0)) waiter.reject(new Error(`The writer stopped (exit code ${code}) after ${acknowledged.length} acknowledged writes, before ${waiter.count}.`));
  });
  return {
    acknowledged,
    waitFor: (count: number) => new Promise<void>((resolve, reject) => (acknowledged.length >= count ? resolve() : waiters.push({ count, resolve, reject }))),
    stop: async () => {
      writeFileSync(stopFile, '');
      return exited;
    },
    /** For a test that failed before stopping it. */
    kill: () => child.kill(),
  };
}

/**
 * On a busy machine the backup (VACUUM INTO, synchronous) holds the test's process for seconds
 * while the writer goes on, and the writer's output fills: a socket pair, full after about 200 short
 * lines. This stands in for such a backup, so every run meets a full output, not only a slow CI
 * machine: it holds the process until the writer is 2,000 ids ahead of what has been read, or has
 * stopped committing because it waits for its output, as it should.
 */
function holdUntilOutputIsFull(databaseFile: string, read: number) {
  const ahead = 2_000;
  const db = new DatabaseSync(databaseFile, { readOnly: true });
  const count = db.prepare("select count(*) as n from audit_events where action = 'load.test'");
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let last = -1;
  let still = 0;
  for (;;) {
    const committed = Number(count.get()!.n);
    if (committed - read > ahead) break;
    still = committed === last ? still + 1 : 0;
    if (still >= 25) break;
    last = committed;
    Atomics.wait(pause, 0, 0, 20);
  }
  db.close();
}

describe('backup and restore (SQLite)', () => {
  const dataDir = tempDir('live');
  const env = { DATA_DIR: dataDir };
  const backupDir = path.join(tempDir('backups'), 'first');
  const databaseFile = path.join(dataDir, 'porter.sqlite');
  let acknowledgedBeforeBackup: string[] = [];
  let backupOutput = '';
  let writer: ReturnType<typeof startWriter> | null = null;
  // Where the setup was when it stopped: a timed-out hook says only that it timed out.
  let reached = 'migrating';
  let setupStarted = 0;
  const steps: string[] = [];
  const reach = (next: string) => {
    steps.push(`${reached} ${((Date.now() - setupStarted) / 1000).toFixed(1)} s in`);
    reached = next;
  };

  beforeAll(async () => {
    setupStarted = Date.now();
    const database = openDatabase({ databaseUrl: undefined, dataDir });
    await migrateToLatest(database.db);
    await database.close();
    mkdirSync(path.join(dataDir, 'files', 'logos'), { recursive: true });
    writeFileSync(path.join(dataDir, 'files', 'logos', 'acme.webp'), 'logo bytes');
    writeFileSync(path.join(dataDir, 'files', 'notes.pdf'), 'pdf bytes');

    reach('waiting for 50 writes');
    writer = startWriter(databaseFile, path.join(dataDir, 'stop-writing'));
    await writer.waitFor(50);
    acknowledgedBeforeBackup = [...writer.acknowledged];
    reach('backing up');
    holdUntilOutputIsFull(databaseFile, writer.acknowledged.length);
    const result = capture();
    expect(await runCli(['backup', backupDir], env, result.out)).toBe(0);
    backupOutput = result.text();
    // Writes go on after the snapshot; they are not in the backup and need not be.
    reach('waiting for 20 writes after the backup');
    await writer.waitFor(writer.acknowledged.length + 20);
    reach('stopping the writer');
    expect(await writer.stop()).toBe(0);
    rmSync(path.join(dataDir, 'stop-writing'));
    reach('done');
  }, 180_000);
  afterAll(() => {
    if (reached !== 'done') {
      console.error(`The live backup's setup stopped while ${reached}, after ${writer?.acknowledged.length ?? 0} acknowledged writes; steps ended: ${steps.join(', ') || 'none'}.`);
    }
    writer?.kill();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(path.dirname(backupDir), { recursive: true, force: true });
  });

  it('says what it copied', () => {
    expect(backupOutput).toBe(`Backed up the SQLite database, 2 stored files and the session secret to ${backupDir}.`);
  });

  it('restores every write acknowledged before the backup began, the stored files and the session secret', async () => {
    const restoredDir = tempDir('restored');
    const result = capture();
    expect(await runCli(['restore', backupDir], { DATA_DIR: restoredDir }, result.out)).toBe(0);
    expect(result.text()).toContain('Restored 2 stored files and the session secret');

    const restored = new DatabaseSync(path.join(restoredDir, 'porter.sqlite'));
    try {
      expect(restored.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      const ids = new Set(restored.prepare("select id from audit_events where action = 'load.test'").all().map((r) => r.id));
      expect(acknowledgedBeforeBackup.length).toBeGreaterThanOrEqual(50);
      expect(acknowledgedBeforeBackup.filter((id) => !ids.has(id))).toEqual([]);
    } finally {
      restored.close();
    }
    expect(readFileSync(path.join(restoredDir, 'files', 'logos', 'acme.webp'), 'utf8')).toBe('logo bytes');
    expect(readFileSync(path.join(restoredDir, 'files', 'notes.pdf'), 'utf8')).toBe('pdf bytes');
    expect(readFileSync(path.join(restoredDir, 'session-secret'), 'utf8')).toBe(readFileSync(path.join(dataDir, 'session-secret'), 'utf8'));
    rmSync(restoredDir, { recursive: true, force: true });
  });

  it('refuses to overwrite a data folder that holds Porter data unless told to with --force', async () => {
    const target = tempDir('occupied');
    mkdirSync(path.join(target, 'files'));
    writeFileSync(path.join(target, 'files', 'newer.pdf'), 'not in the backup');
    const refused = capture();
    expect(await runCli(['restore', backupDir], { DATA_DIR: target }, refused.out)).toBe(1);
    expect(refused.text()).toContain('already holds Porter data');
    expect(refused.text()).toContain('--force');

    expect(await runCli(['restore', backupDir, '--force'], { DATA_DIR: target }, capture().out)).toBe(0);
    expect(readFileSync(path.join(target, 'files', 'notes.pdf'), 'utf8')).toBe('pdf bytes');
    expect(() => readFileSync(path.join(target, 'files', 'newer.pdf'))).toThrow();
    rmSync(target, { recursive: true, force: true });
  });

  it('refuses to restore under a running Porter, even with --force', async () => {
    const target = tempDir('running');
    expect(await runCli(['restore', backupDir], { DATA_DIR: target }, capture().out)).toBe(0);
    const server = openDatabase({ databaseUrl: undefined, dataDir: target });
    try {
      await inspect(server.db).selectFrom('audit_events').select('id').limit(1).execute();
      const refused = capture();
      expect(await runCli(['restore', backupDir, '--force'], { DATA_DIR: target }, refused.out)).toBe(1);
      expect(refused.text()).toContain('Porter is running on');
    } finally {
      await server.close();
    }
    expect(await runCli(['restore', backupDir, '--force'], { DATA_DIR: target }, capture().out)).toBe(0);
    rmSync(target, { recursive: true, force: true });
  });

  it('backs up only into a new or empty folder, and explains a missing folder or backup', async () => {
    const again = capture();
    expect(await runCli(['backup', backupDir], env, again.out)).toBe(1);
    expect(again.text()).toContain('is not empty');
    const noFolder = capture();
    expect(await runCli(['backup'], env, noFolder.out)).toBe(1);
    expect(noFolder.text()).toContain('backup needs one folder');
    const notBackup = capture();
    expect(await runCli(['restore', dataDir], { DATA_DIR: tempDir('empty') }, notBackup.out)).toBe(1);
    expect(notBackup.text()).toContain('holds no complete Porter backup');
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('backup and restore (PostgreSQL)', () => {
  const dataDir = tempDir('pg-live');
  const backupDir = path.join(tempDir('pg-backups'), 'first');
  // A database of its own: pg_dump copies a whole database, and other test files' schemas come and go.
  const databaseName = `porter_backup_${randomBytes(4).toString('hex')}`;
  // The block is read even when skipped, and then there is no PostgreSQL address to read.
  const serverUrl = process.env.TEST_DATABASE_URL;
  const databaseUrl = serverUrl ? Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString() : '';
  const env = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, SESSION_SECRET: 'a-shared-session-secret-of-enough-length' };

  async function admin(sql: string) {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    await client.query(sql);
    await client.end();
  }

  beforeAll(async () => {
    await admin(`create database ${databaseName}`);
    const database = openDatabase({ databaseUrl, dataDir });
    await migrateToLatest(database.db);
    await database.close();
  });
  afterAll(async () => {
    await admin(`drop database if exists ${databaseName}`);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(path.dirname(backupDir), { recursive: true, force: true });
  });

  it('dumps the database with pg_dump beside the files and secret, and restore prints the pg_restore command', async () => {
    mkdirSync(path.join(dataDir, 'files'), { recursive: true });
    writeFileSync(path.join(dataDir, 'files', 'a.pdf'), 'pdf');
    const made = capture();
    expect(await runCli(['backup', backupDir], env, made.out)).toBe(0);
    expect(made.text()).toContain('Backed up the PostgreSQL database, 1 stored file');
    expect(execFileSync('pg_restore', ['--list', path.join(backupDir, 'porter.pgdump')], { encoding: 'utf8' })).toMatch(/TABLE public outbox_emails/);

    const target = tempDir('pg-restored');
    const restored = capture();
    expect(await runCli(['restore', backupDir], { ...env, DATA_DIR: target }, restored.out)).toBe(0);
    expect(restored.text()).toContain(`pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" ${path.join(backupDir, 'porter.pgdump')}`);
    expect(readFileSync(path.join(target, 'files', 'a.pdf'), 'utf8')).toBe('pdf');
    const wrongKind = capture();
    expect(await runCli(['restore', backupDir, '--force'], { DATA_DIR: target }, wrongKind.out)).toBe(1);
    expect(wrongKind.text()).toContain('Set DATABASE_URL');
    rmSync(target, { recursive: true, force: true });
  });
});
