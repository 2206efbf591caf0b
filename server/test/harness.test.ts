import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { freshDatabase, inspect } from './harness.ts';

/** Everything a schema is made of, named without the schema, so two schemas can be compared. */
type Part = 'columns' | 'constraints' | 'indexes' | 'triggers' | 'functions' | 'migrations';

async function shapeOf(db: Db, schema: string): Promise<Record<Part, string[]>> {
  const rows = async (query: ReturnType<typeof sql<{ line: string }>>) =>
    (await query.execute(inspect(db))).rows.map((row) => row.line.replaceAll(schema, '<schema>')).sort();
  return {
    columns: await rows(sql`select concat_ws(' ', table_name, column_name, data_type, is_nullable, column_default, is_identity) as line from information_schema.columns where table_schema = ${schema}`),
    constraints: await rows(sql`select concat_ws(' ', conrelid::regclass::text, conname, pg_get_constraintdef(c.oid)) as line from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = ${schema}`),
    indexes: await rows(sql`select indexdef as line from pg_indexes where schemaname = ${schema}`),
    triggers: await rows(sql`select pg_get_triggerdef(t.oid) as line from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = ${schema} and not t.tgisinternal`),
    functions: await rows(sql`select pg_get_functiondef(p.oid) as line from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = ${schema}`),
    migrations: await rows(sql`select name as line from ${sql.id(schema, 'porter_migrations')}`),
  };
}

describe.runIf(process.env.TEST_DATABASE_URL)('fresh PostgreSQL test schemas', () => {
  it('are made by replaying a dump of a migrated schema, and come out exactly as migrating makes them', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const dataDir = mkdtempSync(path.join(tmpdir(), 'porter-harness-'));
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const migrated = openDatabase({ databaseUrl: url, dataDir, schema });
    const fresh = await freshDatabase('postgres');
    try {
      await sql`create schema ${sql.id(schema)}`.execute(inspect(migrated.db));
      await migrateToLatest(migrated.db, schema);
      const [expected, actual] = [await shapeOf(migrated.db, schema), await shapeOf(fresh.db, fresh.schema!)];
      expect(expected.columns.length).toBeGreaterThan(100);
      expect(expected.triggers.length).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
    } finally {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(inspect(migrated.db));
      await migrated.close();
      await fresh.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
