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
  const script = `
    import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
    import { existsSync } from 'node:fs';
    import { randomUUID } from 'node:crypto';
    const [file, stopFile] = process.argv.slice(1);
    const db = new DatabaseSync(file);
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000');
    const insert = db.prepare("insert into audit_events (id, actor_kind, action, created_at) values (?, 'system', 'load.test', ?)");
    const pause = new Int32Array(new SharedArrayBuffer(4));
    while (!existsSync(stopFile)) {
      const id = randomUUID();
      insert.run(id, new Date().toISOString());
      process.stdout.write(id + '\\n');
      Atomics.wait(pause, 0, 0, 1);
    }
    db.close();
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, databaseFile, stopFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acknowledged: string[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (id) => {
    acknowledged.push(id);
    for (const waiter of waiters.filter((w) => acknowledged.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    acknowledged,
    waitFor: (count: number) => new Promise<void>((resolve) => (acknowledged.length >= count ? resolve() : waiters.push({ count, resolve }))),
    stop: async () => {
      writeFileSync(stopFile, '');
      return exited;
    },
  };
}

describe('backup and restore (SQLite)', () => {
  const dataDir = tempDir('live');
  const env = { DATA_DIR: dataDir };
  const backupDir = path.join(tempDir('backups'), 'first');
  const databaseFile = path.join(dataDir, 'porter.sqlite');
  let acknowledgedBeforeBackup: string[] = [];
  let backupOutput = '';

  beforeAll(async () => {
    const database = openDatabase({ databaseUrl: undefined, dataDir });
    await migrateToLatest(database.db);
    await database.close();
    mkdirSync(path.join(dataDir, 'files', 'logos'), { recursive: true });
    writeFileSync(path.join(dataDir, 'files', 'logos', 'acme.webp'), 'logo bytes');
    writeFileSync(path.join(dataDir, 'files', 'notes.pdf'), 'pdf bytes');

    const writer = startWriter(databaseFile, path.join(dataDir, 'stop-writing'));
    await writer.waitFor(50);
    acknowledgedBeforeBackup = [...writer.acknowledged];
    const result = capture();
    expect(await runCli(['backup', backupDir], env, result.out)).toBe(0);
    backupOutput = result.text();
    // Writes go on after the snapshot; they are not in the backup and need not be.
    await writer.waitFor(writer.acknowledged.length + 20);
    expect(await writer.stop()).toBe(0);
    rmSync(path.join(dataDir, 'stop-writing'));
  }, 180_000);
  afterAll(() => {
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
