import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Adapts node:sqlite to Kysely's SqliteDialect. Two things it adds:
 * prepared statements are cached by SQL text (re-preparing costs about as much as running
 * a simple query), and columns declared `boolean` come back as booleans, as they do from
 * PostgreSQL, so the same code reads both databases.
 */
export function openSqlite(file: string): SqliteDatabase & { raw: DatabaseSync } {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  // FULL, not NORMAL: money and audit rows must survive a power cut, not only a crash.
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  // Lets SQLite gather the statistics its query planner needs, as its documentation advises on open.
  db.exec('PRAGMA optimize = 0x10002');
  // The statement and its Kysely wrapper are made once per SQL text and reused by every call.
  const cache = new Map<string, SqliteStatement>();

  function wrap(statement: StatementSync): SqliteStatement {
    const columns = statement.columns();
    const booleanColumns = columns.filter((c) => c.type?.toLowerCase() === 'boolean').map((c) => c.name);
    const fixRows = (rows: Record<string, unknown>[]) => {
      if (booleanColumns.length === 0) return rows;
      for (const row of rows) for (const name of booleanColumns) if (row[name] !== null) row[name] = row[name] === 1;
      return rows;
    };
    return {
      reader: columns.length > 0,
      all: (parameters) => fixRows(statement.all(...toSqlite(parameters)) as Record<string, unknown>[]),
      run: (parameters) => {
        const result = statement.run(...toSqlite(parameters));
        return { changes: result.changes, lastInsertRowid: result.lastInsertRowid };
      },
      *iterate(parameters) {
        for (const row of statement.iterate(...toSqlite(parameters))) yield fixRows([row as Record<string, unknown>])[0];
      },
    };
  }

  return {
    raw: db,
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      let prepared = cache.get(sql);
      if (!prepared) {
        prepared = wrap(db.prepare(sql));
        if (cache.size > 2000) cache.clear();
        cache.set(sql, prepared);
      }
      return prepared;
    },
  };
}

function toSqlite(parameters: ReadonlyArray<unknown>): SQLInputValue[] {
  return parameters.map((value) => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (value instanceof Date) return value.toISOString();
    if (value === undefined) return null;
    return value as SQLInputValue;
  });
}
