import { execFile } from 'node:child_process';
import { copyFile, cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Config } from '../../config/config.ts';
import { sqliteFileName } from '../../db/database.ts';

/** A problem the operator can fix; the CLI prints the message as it is. */
export class BackupError extends Error {}

type BackupConfig = Pick<Config, 'dataDir' | 'databaseUrl' | 'sessionSecret'>;

/** Written last, so a folder with it holds a whole backup. */
type Manifest = { format: 'porter-backup'; version: 1; createdAt: string; database: 'sqlite' | 'postgres'; files: number };

const manifestFile = 'backup.json';
const secretFile = 'session-secret';
const filesFolder = 'files';
const pgDumpFile = 'porter.pgdump';

export type BackupSummary = { database: 'sqlite' | 'postgres'; files: number };

/**
 * Copies the database, the stored files and the session secret into `dir` while Porter runs.
 * The database goes first: a file uploaded during the copy is then at worst a stray, never a
 * row pointing at a file the backup lacks.
 */
export async function backup(config: BackupConfig, dir: string, now = new Date()): Promise<BackupSummary> {
  await prepareEmptyFolder(dir);
  const database = config.databaseUrl ? 'postgres' : 'sqlite';
  if (config.databaseUrl) await dumpPostgres(config.databaseUrl, path.join(dir, pgDumpFile));
  else copySqlite(path.join(config.dataDir, sqliteFileName), path.join(dir, sqliteFileName));
  const files = await copyFolder(path.join(config.dataDir, filesFolder), path.join(dir, filesFolder));
  await writeFile(path.join(dir, secretFile), config.sessionSecret, { mode: 0o600 });
  const manifest: Manifest = { format: 'porter-backup', version: 1, createdAt: now.toISOString(), database, files };
  await writeFile(path.join(dir, manifestFile), JSON.stringify(manifest, null, 2));
  return { database, files };
}

async function prepareEmptyFolder(dir: string): Promise<void> {
  if (existsSync(dir) && (await readdir(dir)).length > 0) {
    throw new BackupError(`${dir} is not empty. Back up into a new or empty folder, so no older backup is mixed into this one.`);
  }
  await mkdir(dir, { recursive: true });
}

// VACUUM INTO reads one snapshot of the live database, as writes go on; copying the file would not.
function copySqlite(source: string, target: string): void {
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source}. Is DATA_DIR right?`);
  const db = new DatabaseSync(source);
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
}

/** pg_dump takes a consistent snapshot of a live database; the password travels in the environment, not the process list. */
async function dumpPostgres(databaseUrl: string, target: string): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  try {
    await promisify(execFile)('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`, `--dbname=${url.toString()}`], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BackupError(
        `pg_dump (the PostgreSQL client) is not installed here, so the database cannot be copied. Install it (Debian: apt install postgresql-client) or run on the database host:\n  pg_dump --format=custom --no-owner --file=${target} "$DATABASE_URL"`,
      );
    }
    throw new BackupError(`pg_dump failed: ${String((err as { stderr?: string }).stderr ?? (err as Error).message).trim()}`);
  }
}

async function copyFolder(source: string, target: string): Promise<number> {
  if (!existsSync(source)) return 0;
  await cp(source, target, { recursive: true });
  return countFiles(target);
}

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

export type RestoreSummary = BackupSummary & { createdAt: string; pgRestoreCommand: string | null };

/**
 * Puts a backup back into DATA_DIR. Refuses a data folder that holds Porter data unless
 * `force`, and a SQLite database a running Porter has open in any case.
 */
export async function restore(config: BackupConfig, dir: string, force: boolean): Promise<RestoreSummary> {
  const manifest = await readManifest(dir);
  if (manifest.database === 'sqlite' && config.databaseUrl) throw new BackupError('This backup holds a SQLite database, but DATABASE_URL is set. Unset it to restore into DATA_DIR.');
  if (manifest.database === 'postgres' && !config.databaseUrl) throw new BackupError('This backup holds a PostgreSQL dump. Set DATABASE_URL to the database to restore into.');
  const liveDatabase = path.join(config.dataDir, sqliteFileName);
  if (manifest.database === 'sqlite' && existsSync(liveDatabase) && isDatabaseInUse(liveDatabase)) {
    throw new BackupError(`Porter is running on ${config.dataDir} (its database is in use). Stop every Porter process, then restore.`);
  }
  if (!force && (await holdsPorterData(config.dataDir))) {
    throw new BackupError(`${config.dataDir} already holds Porter data. To replace it with the backup, stop Porter and run restore again with --force.`);
  }
  await mkdir(config.dataDir, { recursive: true });
  if (manifest.database === 'sqlite') await replaceSqlite(path.join(dir, sqliteFileName), liveDatabase);
  await rm(path.join(config.dataDir, filesFolder), { recursive: true, force: true });
  const files = await copyFolder(path.join(dir, filesFolder), path.join(config.dataDir, filesFolder));
  await copyFile(path.join(dir, secretFile), path.join(config.dataDir, secretFile));
  const pgRestoreCommand = manifest.database === 'postgres' ? `pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" ${path.join(dir, pgDumpFile)}` : null;
  return { database: manifest.database, files, createdAt: manifest.createdAt, pgRestoreCommand };
}

async function readManifest(dir: string): Promise<Manifest> {
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, manifestFile), 'utf8')) as Partial<Manifest>;
  } catch {
    throw new BackupError(`${dir} holds no complete Porter backup (${manifestFile} is missing or unreadable).`);
  }
  if (manifest.format !== 'porter-backup' || manifest.version !== 1) throw new BackupError(`${dir}/${manifestFile} is not from a Porter backup this version can restore.`);
  return manifest as Manifest;
}

/** The session secret alone is not data: Porter writes one into any DATA_DIR it is pointed at. */
async function holdsPorterData(dataDir: string): Promise<boolean> {
  if (!existsSync(dataDir)) return false;
  return (await readdir(dataDir)).some((entry) => entry !== secretFile);
}

/**
 * True while another process (or connection) has the database open. Exclusive locking mode
 * cannot begin while any other connection shares the write-ahead log, even an idle one.
 */
export function isDatabaseInUse(file: string): boolean {
  const probe = new DatabaseSync(file);
  try {
    probe.exec('PRAGMA busy_timeout = 0');
    probe.exec('PRAGMA locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch {
    return true;
  } finally {
    probe.close();
  }
}

// Copied beside the live name, then renamed over it: a crash mid-copy leaves the old database whole.
async function replaceSqlite(source: string, target: string): Promise<void> {
  const incoming = `${target}.restoring`;
  await copyFile(source, incoming);
  await rm(`${target}-wal`, { force: true });
  await rm(`${target}-shm`, { force: true });
  await rename(incoming, target);
}
