import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects } from '../test/harness.ts';
import { createTenant } from '../test/factories.ts';
import { migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

describe.each(testDialects())('database on %s', (kind) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database.close());

  it('has run every migration, and running again changes nothing', async () => {
    const applied = await database.db.selectFrom('porter_migrations' as never).select(sql<string>`name`.as('name')).execute();
    expect(applied.map((r) => r.name)).toEqual(Object.keys(migrations));
    const again = await migrateToLatest(database.db, database.schema);
    expect(again.results).toEqual([]);
  });

  it('reads booleans back as booleans and timestamps as the ISO text written', async () => {
    const tenant = await createTenant(database.db);
    await database.db.updateTable('tenants').set({ portal_enabled: false }).where('id', '=', tenant.tenantId).execute();
    const row = await database.db.selectFrom('tenants').select(['portal_enabled', 'created_at']).where('id', '=', tenant.tenantId).executeTakeFirstOrThrow();
    expect(row.portal_enabled).toBe(false);
    expect(row.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('returns counts as numbers', async () => {
    const row = await database.db.selectFrom('tenants').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(typeof row.n).toBe('number');
  });

  it('enforces foreign keys', async () => {
    await expect(
      database.db
        .insertInto('locations')
        .values({ id: 'x', tenant_id: 'missing', customer_id: 'missing', name: 'x', address: 'x', time_zone: 'UTC', created_at: new Date().toISOString() })
        .execute(),
    ).rejects.toThrow();
  });

  it('rolls a failed transaction back whole', async () => {
    const before = await database.db.selectFrom('tenants').select('id').execute();
    await expect(
      database.db.transaction().execute(async (trx) => {
        await createTenant(trx);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await database.db.selectFrom('tenants').select('id').execute()).toHaveLength(before.length);
  });
});
