import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

const parent = mkdtempSync(path.join(tmpdir(), 'porter-modes-'));
const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('the data folder is private', () => {
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('creates DATA_DIR 0700 and the generated session secret 0600', () => {
    const dataDir = path.join(parent, 'fresh', 'data');
    loadConfig({ DATA_DIR: dataDir });
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(path.join(dataDir, 'session-secret'))).toBe(0o600);
  });

  it('tightens a data folder and secret an earlier version left readable by everyone', () => {
    const dataDir = path.join(parent, 'old');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(path.join(dataDir, 'session-secret'), 'an-old-secret-of-at-least-32-characters', { mode: 0o644 });
    chmodSync(path.join(dataDir, 'session-secret'), 0o644);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe('an-old-secret-of-at-least-32-characters');
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(path.join(dataDir, 'session-secret'))).toBe(0o600);
  });

  it('creates the SQLite database and its WAL and shared-memory files 0600', async () => {
    const dataDir = path.join(parent, 'sqlite');
    const handle = openDatabase({ databaseUrl: undefined, dataDir });
    await migrateToLatest(handle.db);
    await sql`insert into tenants (id, slug, name, display_name, portal_enabled, time_zone, created_at) values ('o1', 'o1', 'O', 'O', false, 'UTC', '2026-01-01T00:00:00.000Z')`.execute(handle.db);
    expect(modeOf(dataDir)).toBe(0o700);
    for (const file of ['porter.sqlite', 'porter.sqlite-wal', 'porter.sqlite-shm']) expect([file, modeOf(path.join(dataDir, file))]).toEqual([file, 0o600]);
    await handle.close();
  });

  it('tightens an existing SQLite file', async () => {
    const dataDir = path.join(parent, 'old-sqlite');
    const first = openDatabase({ databaseUrl: undefined, dataDir });
    await migrateToLatest(first.db);
    await first.close();
    chmodSync(path.join(dataDir, 'porter.sqlite'), 0o644);
    const again = openDatabase({ databaseUrl: undefined, dataDir });
    expect(modeOf(path.join(dataDir, 'porter.sqlite'))).toBe(0o600);
    await again.close();
  });
});
