import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspect, startTestPorter, testDialects, type TestPorter } from '../test/harness.ts';
import { demoPassword, seedDemo } from './seed.ts';

const json = { 'content-type': 'application/json' };

describe.each(testDialects())('demo data on %s', (kind) => {
  let porter: TestPorter;
  beforeAll(async () => {
    porter = await startTestPorter(kind);
    await seedDemo(porter.ctx.db);
  });
  afterAll(() => porter.close());

  it.each([
    ['owner@demo.test', 'owner'],
    ['manager@demo.test', 'manager'],
    ['supervisor@demo.test', 'supervisor'],
    ['tech@demo.test', 'technician'],
    ['owner@northwind.test', 'owner'],
  ])('lets %s sign in to the office as %s', async (email, role) => {
    const response = await porter.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { email, password: demoPassword } });
    expect(response.json().user.role).toBe(role);
  });

  it('gives the commercial demo customer two sites and the residential one a home', async () => {
    const commercial = await porter.app.inject({ method: 'POST', url: '/api/portal/demo/login', headers: json, payload: { email: 'customer@demo.test', password: demoPassword } });
    expect(commercial.json().customers).toEqual([expect.objectContaining({ type: 'commercial' })]);
    expect(commercial.json().locations).toHaveLength(2);
    const home = await porter.app.inject({ method: 'POST', url: '/api/portal/demo/login', headers: json, payload: { email: 'home@demo.test', password: demoPassword } });
    expect(home.json().customers).toEqual([expect.objectContaining({ type: 'residential' })]);
  });

  it('has enough customers to page through, and runs again without duplicating', async () => {
    await seedDemo(porter.ctx.db);
    const count = await inspect(porter.ctx.db)
      .selectFrom('customers')
      .innerJoin('organizations', 'organizations.id', 'customers.organization_id')
      .where('organizations.slug', '=', 'demo')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBeGreaterThan(50);
    expect(await porter.ctx.db.selectFrom('organizations').select('slug').execute()).toHaveLength(2);
  });
});
