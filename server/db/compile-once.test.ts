import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects } from '../test/harness.ts';
import { createTenant } from '../test/factories.ts';
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
});
