import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects } from '../test/harness.ts';
import { createTenant } from '../test/factories.ts';
import { sql } from 'kysely';
import { containsText } from './like.ts';
import { compileOnce, compileOnceAll } from './compile-once.ts';
import type { Executor } from './database.ts';

describe.each(testDialects())('compileOnce on %s', (kind) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database.close());

  it('builds once and answers for each new value, keeping fixed values in place', async () => {
    const a = await createTenant(database.db, { name: 'Alpha' });
    const b = await createTenant(database.db, { name: 'Beta' });
    let builds = 0;
    const bySlug = compileOnce((db: Executor, slug: string) => {
      builds += 1;
      return db.selectFrom('tenants').select(['name']).where('slug', '=', slug).where('portal_enabled', '=', true);
    });
    expect(await bySlug(database.db, a.slug)).toEqual({ name: 'Alpha' });
    expect(await bySlug(database.db, b.slug)).toEqual({ name: 'Beta' });
    expect(await bySlug(database.db, 'nobody')).toBeUndefined();
    expect(builds).toBe(1);
    await database.db.transaction().execute(async (trx) => {
      expect(await bySlug(trx, a.slug)).toEqual({ name: 'Alpha' });
    });
    expect(builds).toBe(2);
  });

  it('builds a query with a list once per length, and answers for the items given each time', async () => {
    const tenants = await Promise.all(['Gamma', 'Delta', 'Epsilon'].map((name) => createTenant(database.db, { name })));
    const slugs = tenants.map((tenant) => tenant.slug);
    let builds = 0;
    const named = compileOnceAll((db: Executor, wanted: readonly string[]) => {
      builds += 1;
      return db.selectFrom('tenants').select(['name']).where('slug', 'in', wanted).where('portal_enabled', '=', true).orderBy('name');
    });
    const names = async (wanted: string[]) => (await named(database.db, wanted)).map((row) => row.name);
    expect(await names([slugs[0]!, slugs[1]!])).toEqual(['Delta', 'Gamma']);
    expect(await names([slugs[2]!, slugs[0]!])).toEqual(['Epsilon', 'Gamma']);
    expect(builds).toBe(1);
    expect(await names([slugs[1]!])).toEqual(['Delta']);
    expect(await names(slugs)).toEqual(['Delta', 'Epsilon', 'Gamma']);
    expect(builds).toBe(3);
    expect(await names([slugs[2]!])).toEqual(['Epsilon']);
    expect(builds).toBe(3);
  });

  it('keeps no query for a list of over a hundred, so rare lengths do not pile up', async () => {
    const tenant = await createTenant(database.db, { name: 'Zeta' });
    let builds = 0;
    const named = compileOnceAll((db: Executor, wanted: readonly string[]) => {
      builds += 1;
      return db.selectFrom('tenants').select(['name']).where('slug', 'in', wanted);
    });
    const hundred = [tenant.slug, ...Array.from({ length: 99 }, (_, i) => `nobody-${i}`)];
    await named(database.db, hundred);
    await named(database.db, hundred);
    expect(builds).toBe(1);
    const longer = [...hundred, 'nobody-else'];
    expect(await named(database.db, longer)).toEqual([{ name: 'Zeta' }]);
    expect(await named(database.db, longer)).toEqual([{ name: 'Zeta' }]);
    expect(builds).toBe(3);
  });

  it('builds once per shape of optional values, flags and filters, and binds numbers such as a limit', async () => {
    const names = ['Eta', 'Theta', 'Iota', 'Kappa'];
    const tenants = await Promise.all(names.map((name) => createTenant(database.db, { name })));
    await database.db.updateTable('tenants').set({ portal_enabled: false }).where('id', '=', tenants[3]!.tenantId).execute();
    const slugs = tenants.map((tenant) => tenant.slug);
    let builds = 0;
    type Filter = { slugs: readonly string[]; after?: string; portal: boolean };
    const listed = compileOnceAll((db: Executor, filter: Filter, limit: number) => {
      builds += 1;
      let query = db.selectFrom('tenants').select(['name']).where('slug', 'in', filter.slugs);
      if (filter.after !== undefined) query = query.where('name', '>', filter.after);
      if (!filter.portal) query = query.where('portal_enabled', '=', false);
      return query.orderBy('name').limit(limit);
    });
    const run = async (filter: Filter, limit: number) => (await listed(database.db, filter, limit)).map((row) => row.name);
    expect(await run({ slugs, portal: true }, 2)).toEqual(['Eta', 'Iota']);
    expect(await run({ slugs, portal: true }, 3)).toEqual(['Eta', 'Iota', 'Kappa']);
    expect(builds).toBe(1);
    expect(await run({ slugs, after: 'Iota', portal: true }, 10)).toEqual(['Kappa', 'Theta']);
    expect(await run({ slugs, after: 'Kappa', portal: true }, 10)).toEqual(['Theta']);
    expect(builds).toBe(2);
    expect(await run({ slugs, portal: false }, 10)).toEqual(['Kappa']);
    expect(builds).toBe(3);
    // The empty string and zero are passed to the build as they are, a shape of their own: a check of `if (after)` still holds.
    expect(await run({ slugs, after: '', portal: true }, 0)).toEqual([]);
    expect(builds).toBe(4);
    expect(await run({ slugs, after: 'J', portal: true }, 1)).toEqual(['Kappa']);
    expect(builds).toBe(4);
  });

  it('refuses a build that binds a value it changed, which swapping in a new value would miss', async () => {
    const containing = compileOnceAll((db: Executor, text: string) => db.selectFrom('tenants').select(['name']).where(containsText('name', text)));
    await expect(containing(database.db, 'eta')).rejects.toThrow(/bind values as given/);
    const asGiven = compileOnceAll((db: Executor, pattern: string) => db.selectFrom('tenants').select(['name']).where(sql<boolean>`lower(name) like ${pattern}`));
    expect(await asGiven(database.db, '%zzz-none%')).toEqual([]);
  });
});
