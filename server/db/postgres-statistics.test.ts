import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects } from '../test/harness.ts';

const onPostgres = testDialects().includes('postgres');

describe.runIf(onPostgres)('planner statistics on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase('postgres');
  });
  afterAll(() => database.close());

  it('keeps a thousand histogram buckets of visit starts, so a day of visits is not taken for one row', async () => {
    const { rows } = await sql<{ table: string; target: number }>`
      select c.relname as table, a.attstattarget as target
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relname in ('visits', 'visit_team') and a.attname = 'starts_at'
      order by c.relname`.execute(database.db);
    expect(rows.map((row) => [row.table, Number(row.target)])).toEqual([
      ['visit_team', 1000],
      ['visits', 1000],
    ]);
  });
});
