import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects } from '../test/harness.ts';
import { createTenant } from '../test/factories.ts';
import { compileOnce } from './compile-once.ts';
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
});
