import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, startTestPorter, testDialects, type TestPorter } from '../test/harness.ts';
import { createCustomer, createTenant } from '../test/factories.ts';
import { newId } from '../lib/ids.ts';
import { isoNow } from '../lib/time.ts';
import type { TenantId } from '../platform/tenants/tenant-id.ts';
import { compileOnce } from './compile-once.ts';
import type { Executor } from './database.ts';
import { tenantOwnedTables, unscoped } from './tenant-scope.ts';

const refused = /Tenant scope: this query reaches (\w+) without saying which tenant/;

describe.each(testDialects())('tenant scope on %s', (kind) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let tenantId: TenantId;
  let customerId: string;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    tenantId = (await createTenant(database.db)).tenantId;
    customerId = (await createCustomer(database.db, tenantId)).id;
  });
  afterAll(() => database.close());

  it('lists exactly the tables that have a tenant_id column, tenants aside', async () => {
    // PostgreSQL lists every schema's tables; this test's own schema is the one that counts.
    const tables = (await database.db.introspection.getTables()).filter((t) => kind === 'sqlite' || t.schema === database.schema);
    const owned = tables.filter((t) => t.name !== 'tenants' && t.columns.some((c) => c.name === 'tenant_id')).map((t) => t.name);
    expect(owned.sort()).toEqual([...tenantOwnedTables].sort());
  });

  it('refuses a select, update, delete or insert on a tenant table that names no tenant, before it runs', async () => {
    const db = database.db;
    await expect(db.selectFrom('customers').selectAll().execute()).rejects.toThrow(/reaches customers .*tenant_id/);
    await expect(db.updateTable('customers').set({ name: 'x' }).where('id', '=', customerId).execute()).rejects.toThrow(/reaches customers/);
    await expect(db.deleteFrom('customers').where('id', '=', customerId).execute()).rejects.toThrow(/reaches customers/);
    await expect(db.insertInto('request_categories').values({ id: newId(), name: 'x', created_at: isoNow() } as never).execute()).rejects.toThrow(
      /reaches request_categories .*insert rows with their tenant_id/,
    );
    // Refused while building, so nothing reached the database.
    expect(() => db.selectFrom('customers').selectAll().compile()).toThrow(refused);
    const customer = await db.selectFrom('customers').select('name').where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirst();
    expect(customer?.name).not.toBe('x');
  });

  it('refuses an upsert whose conflict key leaves the tenant out, so it cannot update another tenant’s row', async () => {
    const upsert = (columns: ('tenant_id' | 'prefix' | 'year')[]) =>
      database.db
        .insertInto('reference_counters')
        .values({ tenant_id: tenantId, prefix: 'SR', year: 2026, last_number: 1 })
        .onConflict((oc) => oc.columns(columns).doUpdateSet({ last_number: 2 }));
    expect(() => upsert(['prefix', 'year']).compile()).toThrow(/reaches reference_counters .*ON CONFLICT/);
    await upsert(['tenant_id', 'prefix', 'year']).execute();
    // Keyed on the id alone, the update must be guarded: then another tenant's row stays as it was.
    const other = await createTenant(database.db);
    const id = newId();
    await database.db.insertInto('request_categories').values({ id, tenant_id: other.tenantId, name: 'Theirs', created_at: isoNow() }).execute();
    const rename = (guard: boolean) =>
      database.db
        .insertInto('request_categories')
        .values({ id, tenant_id: tenantId, name: 'Mine', created_at: isoNow() })
        .onConflict((oc) => (guard ? oc.column('id').doUpdateSet({ name: 'Mine' }).where('request_categories.tenant_id', '=', tenantId) : oc.column('id').doUpdateSet({ name: 'Mine' })));
    expect(() => rename(false).compile()).toThrow(/reaches request_categories .*ON CONFLICT/);
    await rename(true).execute();
    const theirs = await database.db.selectFrom('request_categories').select('name').where('tenant_id', '=', other.tenantId).where('id', '=', id).executeTakeFirst();
    expect(theirs?.name).toBe('Theirs');
  });

  it('allows the same queries scoped to a tenant', async () => {
    const db = database.db;
    expect(await db.selectFrom('customers as c').select('c.id').where('c.tenant_id', '=', tenantId).execute()).toEqual([{ id: customerId }]);
    await db.updateTable('customers').set({ comments: 'scoped' }).where('tenant_id', '=', tenantId).where('id', '=', customerId).execute();
    const id = newId();
    await db.insertInto('request_categories').values({ id, tenant_id: tenantId, name: 'Windows', created_at: isoNow() }).execute();
    const deleted = await db.deleteFrom('request_categories').where('id', '=', id).where('tenant_id', '=', tenantId).executeTakeFirst();
    expect(deleted.numDeletedRows).toBe(1n);
  });

  it('accepts a join on tenant_id to a scoped table, and refuses a join whose second table is unscoped', async () => {
    const db = database.db;
    const joined = db
      .selectFrom('customers')
      .innerJoin('locations', (join) => join.onRef('locations.customer_id', '=', 'customers.id').onRef('locations.tenant_id', '=', 'customers.tenant_id'))
      .select('locations.id')
      .where('customers.tenant_id', '=', tenantId);
    expect(await joined.execute()).toHaveLength(1);
    const leaky = db.selectFrom('customers').innerJoin('locations', 'locations.customer_id', 'customers.id').select('locations.id').where('customers.tenant_id', '=', tenantId);
    await expect(leaky.execute()).rejects.toThrow(/reaches locations/);
 
    // A page cut from a scoped subquery, then joined for names, as the list endpoints do.
    const page = db.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId).limit(10).as('c');
    const named = db
      .selectFrom(page)
      .innerJoin('locations as l', (join) => join.onRef('l.customer_id', '=', 'c.id').onRef('l.tenant_id', '=', 'c.tenant_id'))
      .select('l.id');
    expect(await named.execute()).toHaveLength(1);
    const unscopedPage = db.selectFrom('customers').selectAll().limit(10).as('c');
    expect(() => db.selectFrom(unscopedPage).select('c.id').compile()).toThrow(/reaches customers/);
  });

  it('does not let OR, or a LEFT join’s ON, stand for a scope', async () => {
    const db = database.db;
    const either = db.selectFrom('customers').select('id').where((eb) => eb.or([eb('tenant_id', '=', tenantId), eb('name', '=', 'x')]));
    expect(() => either.compile()).toThrow(/reaches customers/);
    const leftOn = db
      .selectFrom('customers')
      .leftJoin('locations', (join) => join.onRef('locations.customer_id', '=', 'customers.id').on('customers.tenant_id', '=', tenantId))
      .select('customers.id')
      .where('locations.tenant_id', '=', tenantId);
    expect(() => leftOn.compile()).toThrow(/reaches customers/);
  });

  it('refuses a subquery that names no tenant, and accepts one correlated to a scoped table', async () => {
    const db = database.db;
    const leaky = db
      .selectFrom('customers')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where((eb) => eb.exists(eb.selectFrom('locations').select('locations.id').whereRef('locations.customer_id', '=', 'customers.id')));
    expect(() => leaky.compile()).toThrow(/reaches locations/);
    const correlated = db
      .selectFrom('customers')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where((eb) =>
        eb.exists(
          eb.selectFrom('locations').select('locations.id').whereRef('locations.customer_id', '=', 'customers.id').whereRef('locations.tenant_id', '=', 'customers.tenant_id'),
        ),
      );
    expect(await correlated.execute()).toEqual([{ id: customerId }]);
    const cte = db.with('mine', (qb) => qb.selectFrom('locations').select('id')).selectFrom('mine').selectAll();
    expect(() => cte.compile()).toThrow(/reaches locations/);
  });

  it('refuses raw SQL that reads a tenant table, and lets other raw SQL through', async () => {
    await expect(sql`select count(*) from customers`.execute(database.db)).rejects.toThrow(/reaches customers .*raw SQL/);
    expect((await sql<{ one: number }>`select 1 as one`.execute(database.db)).rows).toEqual([{ one: 1 }]);
    await expect(sql`select count(*) from ${sql.table('customers')}`.execute(database.db)).rejects.toThrow(/reaches customers .*raw SQL/);
    expect(() => database.db.selectFrom(sql`customers`.as('c')).selectAll().compile()).toThrow(/reaches customers .*raw SQL/);
  });

  it('lets unscoped(db, why) through, on the database and in a transaction', async () => {
    const rows = await unscoped(database.db, 'the test counts every tenant’s customers').selectFrom('customers').select('id').execute();
    expect(rows.map((r) => r.id)).toContain(customerId);
    await database.db.transaction().execute(async (trx) => {
      await expect(trx.selectFrom('customers').select('id').execute()).rejects.toThrow(refused);
      expect(await unscoped(trx, 'the test counts every tenant’s customers').selectFrom('customers').select('id').execute()).not.toHaveLength(0);
    });
    expect(() => unscoped(database.db, ' ')).toThrow(/say why/);
  });

  it('checks queries compiled once, as the session lookups are', async () => {
    const byEmail = compileOnce((db: Executor, email: string) => db.selectFrom('staff_users').select('id').where('email', '=', email));
    await expect(byEmail(database.db, 'someone@example.test')).rejects.toThrow(/reaches staff_users/);
    const scoped = compileOnce((db: Executor, id: string) => db.selectFrom('customers').select('name').where('tenant_id', '=', tenantId).where('id', '=', id));
    expect(await scoped(database.db, customerId)).toBeDefined();
  });

  it('leaves tables no tenant owns alone', async () => {
    expect(await database.db.selectFrom('tenants').select('id').where('id', '=', tenantId).execute()).toHaveLength(1);
    expect(await database.db.selectFrom('porter_migrations' as never).select(sql<string>`name`.as('name')).execute()).not.toHaveLength(0);
    expect(await database.db.selectFrom('job_runs').selectAll().execute()).toBeInstanceOf(Array);
  });
});

describe.each(testDialects())('tenant scope in the running app on %s', (kind) => {
  let porter: TestPorter;
  beforeAll(async () => {
    porter = await startTestPorter(kind);
  });
  afterAll(() => porter.close());

  it('refuses an unscoped query through the app’s own database', async () => {
    await expect(porter.ctx.db.selectFrom('staff_users').select('email').execute()).rejects.toThrow(/reaches staff_users/);
  });
});
