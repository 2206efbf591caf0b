import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects } from '../test/harness.ts';
import { createTenant } from '../test/factories.ts';

const onPostgres = testDialects().includes('postgres');

describe.runIf(onPostgres)('statements on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase('postgres');
  });
  afterAll(() => database.close());

  it('are prepared once per connection when they carry values, and answer each call with its own values', async () => {
    const a = await createTenant(database.db, { name: 'Alpha' });
    const b = await createTenant(database.db, { name: 'Beta' });
    // One transaction is one connection, whose prepared statements PostgreSQL lists.
    await database.db.transaction().execute(async (trx) => {
      const byId = (id: string) => trx.selectFrom('tenants').select('name').where('id', '=', id).executeTakeFirst();
      expect(await byId(a.tenantId)).toEqual({ name: 'Alpha' });
      expect(await byId(b.tenantId)).toEqual({ name: 'Beta' });
      const text = trx.selectFrom('tenants').select('name').where('id', '=', a.tenantId).compile().sql;
      const { rows } = await sql<{ name: string }>`select name from pg_prepared_statements where statement = ${text}`.execute(trx);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.name).toMatch(/^porter_\d+$/);
    });
  });
});
