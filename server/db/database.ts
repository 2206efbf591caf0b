import path from 'node:path';
import { Kysely, SqliteDialect, type LogEvent, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { ensurePrivateDir, ensurePrivateFile } from '../lib/private-files.ts';
import { openSqlite } from './sqlite-database.ts';
import { OwnSchemaPostgresDialect } from './postgres-introspector.ts';
import { namedStatementClient } from './postgres-prepared.ts';
import { TenantScopePlugin } from './tenant-scope.ts';

export type DatabaseKind = 'sqlite' | 'postgres';
/** The SQLite database's file name inside DATA_DIR. */
export const sqliteFileName = 'porter.sqlite';
export type Db = Kysely<Database>;
/** A database or an open transaction: repositories accept either. */
export type Executor = Kysely<Database> | Transaction<Database>;

export type DatabaseHandle = {
  db: Db;
  kind: DatabaseKind;
  /** The PostgreSQL schema in use when not the default one. */
  schema?: string;
  /** PostgreSQL's address, for a connection of its own outside the pool (the live events' LISTEN). */
  connectionString?: string;
  close: () => Promise<void>;
};

/** A statement as the database ran it: the compiled SQL and the parameters bound to it. */
export type RanQuery = { sql: string; parameters: readonly unknown[] };

export type DatabaseOptions = {
  databaseUrl: string | undefined;
  dataDir: string;
  /** PostgreSQL schema to use instead of public; tests give each file its own. */
  schema?: string;
  /** SQLite file name inside dataDir. */
  sqliteFile?: string;
  /** Called after every statement the database runs, with its SQL and parameters (the bench counts and replays them). */
  onQuery?: (query: RanQuery) => void;
};

// COUNT(*) and BIGINT arrive as strings from pg; our counts fit comfortably in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  const { onQuery } = options;
  const log = onQuery
    ? (event: LogEvent) => {
        if (event.level === 'query') onQuery({ sql: event.query.sql, parameters: event.query.parameters });
      }
    : undefined;
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.schema, log);
  ensurePrivateDir(options.dataDir);
  const file = path.join(options.dataDir, options.sqliteFile ?? sqliteFileName);
  ensurePrivateFile(file);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(file) }), log, plugins: [new TenantScopePlugin()] });
  return { db, kind: 'sqlite', close: () => db.destroy() };
}

function openPostgres(connectionString: string, schema: string | undefined, log: ((event: LogEvent) => void) | undefined): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    Client: namedStatementClient(),
    options: schema ? `-c search_path=${schema}` : undefined,
  });
  const db = new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool }), log, plugins: [new TenantScopePlugin()] });
  return { db, kind: 'postgres', schema, connectionString, close: () => db.destroy() };
}
