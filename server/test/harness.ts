import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LightMyRequestResponse } from 'fastify';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { buildApp, type BuildOptions, type Porter } from '../app.ts';
import { loadConfig, type Config } from '../config/config.ts';
import { openDatabase, sqliteFileName, type DatabaseHandle, type DatabaseKind, type Db, type Executor } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import { unscoped } from '../db/tenant-scope.ts';
import { testPassword } from './factories.ts';

/**
 * The databases every data test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL
 * is set. REQUIRE_POSTGRES=1 turns a missing PostgreSQL into a failure instead of a skip.
 */
export function testDialects(): DatabaseKind[] {
  if (process.env.TEST_DATABASE_URL) return ['sqlite', 'postgres'];
  if (process.env.REQUIRE_POSTGRES === '1') throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
  return ['sqlite'];
}

/**
 * A fresh, migrated database of its own: a temporary SQLite file, or a new PostgreSQL schema.
 * `migrateTo` stops after the named migration, to test what a later one does to stored rows.
 */
export async function freshDatabase(kind: DatabaseKind, options: { migrateTo?: string; onQuery?: () => void } = {}): Promise<DatabaseHandle & { dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'porter-test-'));
  const migrate = (db: Db, schema?: string) => (options.migrateTo ? migrateTo(db, options.migrateTo, schema) : migrateToLatest(db, schema));
  if (kind === 'sqlite') {
    if (!options.migrateTo) writeFileSync(path.join(dataDir, sqliteFileName), await migratedSqlite(), { mode: 0o600 });
    const handle = openDatabase({ databaseUrl: undefined, dataDir, onQuery: options.onQuery });
    if (options.migrateTo) await migrate(handle.db);
    return {
      ...handle,
      dataDir,
      close: async () => {
        await handle.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  if (options.migrateTo) {
    await adminQuery(url, `create schema ${schema}`);
  } else {
    const template = await migratedPostgres(url, dataDir);
    await adminQuery(url, template.ddl.replaceAll(template.schema, schema));
  }
  const handle = openDatabase({ databaseUrl: url, dataDir, schema, onQuery: options.onQuery });
  if (options.migrateTo) await migrate(handle.db, schema);
  return {
    ...handle,
    dataDir,
    close: async () => {
      await handle.close();
      await adminQuery(url, `drop schema ${schema} cascade`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let sqliteTemplate: Promise<Buffer> | undefined;

/**
 * The file of a SQLite database migrated to the latest, made once per test worker; each fresh
 * database starts as a copy of it. Migrating took 0.4 s of CPU, and the server suite makes over a
 * hundred databases (SQLite's half of the suite: 122 s of CPU before, 77 s after).
 */
function migratedSqlite(): Promise<Buffer> {
  sqliteTemplate ??= (async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'porter-template-'));
    try {
      const handle = openDatabase({ databaseUrl: undefined, dataDir });
      await migrateToLatest(handle.db);
      // Closing writes the log back into the file, so the file alone is the whole database.
      await handle.close();
      return readFileSync(path.join(dataDir, sqliteFileName));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  })();
  return sqliteTemplate;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

let postgresTemplate: Promise<{ schema: string; ddl: string }> | undefined;

/**
 * What makes a PostgreSQL schema migrated to the latest, as SQL: a schema is migrated once per test
 * worker and copied out with pg_dump (tables, indexes, triggers and the migration rows), and each
 * fresh schema replays it under its own name. Measured on the two-core machine: migrating a schema
 * took 650–850 ms, replaying the dump 310–370 ms, and the server suite makes well over a hundred.
 */
function migratedPostgres(url: string, dataDir: string): Promise<{ schema: string; ddl: string }> {
  postgresTemplate ??= (async () => {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    await adminQuery(url, `create schema ${schema}`);
    try {
      const handle = openDatabase({ databaseUrl: url, dataDir, schema });
      try {
        await migrateToLatest(handle.db, schema);
      } finally {
        await handle.close();
      }
      const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', '--no-privileges', '--inserts', `--schema=${schema}`, url], { maxBuffer: 64 * 1024 * 1024 });
      // Comments, and psql's own commands (\restrict), which the server would not understand.
      const ddl = stdout.split('\n').filter((line) => !line.startsWith('--') && !line.startsWith('\\')).join('\n');
      return { schema, ddl };
    } finally {
      await adminQuery(url, `drop schema ${schema} cascade`);
    }
  })();
  return postgresTemplate;
}

// The same migration tables as migrateToLatest, so migrating to the latest afterwards carries on from here.
async function migrateTo(db: Db, name: string, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db: unscoped(db, 'migrations change every tenant’s rows at once'),
    ...(schema ? { migrationTableSchema: schema } : {}),
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'porter_migrations',
    migrationLockTableName: 'porter_migrations_lock',
  });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
}

/** Another connection to the same test database, as a second Porter instance would have. */
export function anotherConnection(database: DatabaseHandle & { dataDir: string }): DatabaseHandle {
  const databaseUrl = database.kind === 'postgres' ? process.env.TEST_DATABASE_URL : undefined;
  return openDatabase({ databaseUrl, dataDir: database.dataDir, schema: database.schema });
}

export type TestPorter = Porter & {
  database: DatabaseHandle & { dataDir: string };
  close: () => Promise<void>;
};

/** A whole Porter on a fresh database, for `inject` tests. */
export async function startTestPorter(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  { onQuery, ...options }: BuildOptions & { /** Called for every SQL statement, to count them. */ onQuery?: () => void } = {},
): Promise<TestPorter> {
  const database = await freshDatabase(kind, { onQuery });
  const config: Config = loadConfig({
    DATA_DIR: database.dataDir,
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'test-secret-test-secret-test-secret!!',
    PUBLIC_URL: 'http://porter.test',
    ...env,
  });
  const porter = await buildApp(config, { database, setupCode: 'TEST-CODE-0000', ...options });
  return {
    ...porter,
    database,
    close: async () => {
      await porter.app.close();
      await database.close();
    },
  };
}

/**
 * The database without the tenant check, for a test that looks at rows directly to see what the
 * app did (every tenant's mail, audit events, sessions). App code never uses this.
 */
export function inspect<D extends Executor>(db: D): D {
  return unscoped(db, 'a test looks at rows directly to check what the app did');
}

/** The session cookie a response set, as a Cookie header value. */
export function cookieFrom(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name.startsWith('porter_') && c.value);
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

/** A TCP port nobody listens on right now, for servers that must know their address before listening. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Signs a staff member in and returns their session cookie. */
export async function signInStaff(porter: Porter, email: string, password = testPassword): Promise<string> {
  return cookieFrom(await porter.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: { email, password } }));
}

/** Signs a portal user in on the company's portal and returns their session cookie. */
export async function signInPortal(porter: Porter, slug: string, email: string, password = testPassword): Promise<string> {
  return cookieFrom(await porter.app.inject({ method: 'POST', url: `/api/portal/${slug}/login`, headers: { 'content-type': 'application/json' }, payload: { email, password } }));
}

/** One API call as the holder of `cookie`, with a JSON body when there is one. */
export function callApi(porter: Porter, cookie: string, method: Method, url: string, payload?: object) {
  return porter.app.inject({ method, url, headers: payload ? { 'content-type': 'application/json', cookie } : { cookie }, ...(payload ? { payload } : {}) });
}

/**
 * The secret links (reset, invitation, email change) emailed to `address`, oldest first. Read
 * from the column only the mail worker reads: the outbox viewer never shows them.
 */
export async function secretLinksTo(db: Executor, address: string): Promise<string[]> {
  const rows = await inspect(db)
    .selectFrom('outbox_emails')
    .select('secret_link')
    .where('to_address', '=', address)
    .where('secret_link', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.secret_link!);
}

/** The token of the newest secret link emailed to `address`. */
export async function latestLinkToken(db: Executor, address: string): Promise<string> {
  const link = (await secretLinksTo(db, address)).at(-1);
  if (!link) throw new Error(`no secret link was emailed to ${address}`);
  return new URL(link).searchParams.get('token')!;
}

/** A clock a test moves by hand, starting now. */
export function testClock(start = new Date()) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}
