/**
 * Raw twins: for a product route, the very statements one real request of it ran (captured with
 * their parameters through `openDatabase({ onQuery })`), replayed through raw prepared statements
 * of the same driver. A twin is the floor for that route's database work on this machine.
 *
 * What a twin leaves out, on purpose: the session cookie's parsing and signature check (the
 * session's SQL is replayed, the work around it is not), request validation, query building
 * (its SQL is fixed at capture), the tenant-scope check, the services' shaping of rows into the
 * product's nested JSON, response validation and zod serialisation. It answers with
 * `JSON.stringify` of every statement's rows, which carries the same data as the product's body
 * plus the session's and counts' rows; the bench prints both bodies' sizes so the two can be
 * compared. It also runs the statements one after another, even where the product runs some
 * at once, and on SQLite it does not turn boolean columns' 0/1 into booleans as the product's
 * adapter does.
 */
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type pg from 'pg';
import type { RanQuery } from '../server/db/database.ts';

/** Runs a twin once and answers its body. */
export type Twin = () => string | Promise<string>;

/** Kysely's SQLite adapter binds booleans as 1/0, dates as ISO text and undefined as null; the twin binds the same values, converted once. */
function sqliteValue(value: unknown): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as SQLInputValue;
}

/** Twins on SQLite: `DatabaseSync` statements, each SQL text prepared once for every twin. */
export function sqliteTwins(db: DatabaseSync): (queries: RanQuery[]) => Twin {
  const prepared = new Map<string, { statement: StatementSync; reader: boolean }>();
  const prepare = (sql: string) => {
    let entry = prepared.get(sql);
    if (!entry) {
      const statement = db.prepare(sql);
      entry = { statement, reader: statement.columns().length > 0 };
      prepared.set(sql, entry);
    }
    return entry;
  };
  return (queries) => {
    const steps = queries.map((q) => ({ ...prepare(q.sql), values: q.parameters.map(sqliteValue) }));
    // A write the product made (a session's touch) is replayed as well: its cost is part of the route's.
    return () => JSON.stringify(steps.map((s) => (s.reader ? s.statement.all(...s.values) : s.statement.run(...s.values).changes)));
  };
}

/**
 * Twins on PostgreSQL: named prepared statements on a pool as large as the product's, so each
 * connection parses and plans a statement once and then only binds and executes it. Each
 * statement takes a connection from the pool and gives it back, as Kysely's does.
 */
export function postgresTwins(pool: pg.Pool): (queries: RanQuery[]) => Twin {
  const names = new Map<string, string>();
  const nameOf = (sql: string) => {
    let name = names.get(sql);
    if (!name) {
      name = `twin_${names.size}`;
      names.set(sql, name);
    }
    return name;
  };
  return (queries) => {
    const steps = queries.map((q) => ({ name: nameOf(q.sql), text: q.sql, values: [...q.parameters] }));
    return async () => {
      const results: unknown[] = [];
      for (const step of steps) {
        const result = await pool.query(step);
        results.push(result.fields.length > 0 ? result.rows : result.rowCount);
      }
      return JSON.stringify(results);
    };
  };
}
