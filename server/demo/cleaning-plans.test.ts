import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInPortal, startTestPorter, testDialects, callApi, type TestPorter } from '../test/harness.ts';
import { demoPassword, seedDemo } from './seed.ts';

describe.each(testDialects())('the demo’s cleaning plans on %s', (kind) => {
  let porter: TestPorter;
  beforeAll(async () => {
    porter = await startTestPorter(kind);
    await seedDemo(porter.ctx.db, porter.ctx.config);
  });
  afterAll(() => porter.close());

  const planOf = async (email: string, locationName: string) => {
    const cookie = await signInPortal(porter, 'demo', email, demoPassword);
    const me = (await callApi(porter, cookie, 'GET', '/api/portal/demo/me')).json();
    const location = me.locations.find((l: { name: string }) => l.name === locationName);
    const plan = (await callApi(porter, cookie, 'GET', `/api/portal/demo/locations/${location.id}/cleaning-plan`)).json();
    return { hasCleaningPlan: location.hasCleaningPlan as boolean, areas: plan.areas.map((area: { name: string; tasks: unknown[] }) => [area.name, area.tasks.length]) };
  };

  it('gives the office building and the home a plan of several tasks per room, and leaves East Clinic to copy one', async () => {
    expect(await planOf('customer@demo.test', 'Main Clinic')).toEqual({ hasCleaningPlan: true, areas: [['Reception', 6], ['Restrooms', 6], ['Kitchen', 5], ['Open office', 5]] });
    expect(await planOf('customer@demo.test', 'East Clinic')).toEqual({ hasCleaningPlan: false, areas: [] });
    expect(await planOf('home@demo.test', 'Home')).toEqual({ hasCleaningPlan: true, areas: [['Kitchen', 5], ['Bathrooms', 5], ['Bedrooms', 5]] });
  });
});
