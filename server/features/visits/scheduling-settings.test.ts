import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../shared/roles.ts';
import { createStaff, createTenant } from '../../test/factories.ts';
import { callApi, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

const path = '/api/office/settings/scheduling';
const valid = {
  showArrivalWindow: true,
  arrivalWindowBeforeMinutes: 30,
  arrivalWindowAfterMinutes: 90,
  businessHoursOpens: '07:30',
  businessHoursCloses: '19:00',
  skipCutoffHours: 24,
  calendarFeedDays: 30,
  currency: 'dkk',
};

describe.each(testDialects())('scheduling settings on %s', (kind) => {
  let porter: TestPorter;
  let owner: string;
  let otherOwner: string;
  const cookies = new Map<StaffRole, string>();

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    const tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    otherOwner = await signInStaff(porter, (await createTenant(porter.ctx.db)).ownerEmail);
    for (const role of ['admin', 'manager', 'supervisor', 'technician'] as const) {
      cookies.set(role, await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, role)).email));
    }
  });
  afterAll(() => porter.close());

  it('starts with the defaults and saves every field, the currency as an ISO code, for this company only', async () => {
    expect((await callApi(porter, owner, 'GET', path)).json()).toEqual({
      showArrivalWindow: false,
      arrivalWindowBeforeMinutes: 30,
      arrivalWindowAfterMinutes: 60,
      businessHoursOpens: '08:00',
      businessHoursCloses: '18:00',
      skipCutoffHours: 48,
      calendarFeedDays: 60,
      currency: 'USD',
    });
    const saved = await callApi(porter, cookies.get('admin')!, 'PUT', path, valid);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ ...valid, currency: 'DKK' });
    expect((await callApi(porter, owner, 'GET', path)).json().currency).toBe('DKK');
    expect((await callApi(porter, otherOwner, 'GET', path)).json().currency).toBe('USD');
  });

  it('lets admins and owners in, and no one below, whatever they send', async () => {
    expect((await callApi(porter, cookies.get('admin')!, 'GET', path)).statusCode).toBe(200);
    for (const role of ['manager', 'supervisor', 'technician'] as const) {
      expect((await callApi(porter, cookies.get(role)!, 'GET', path)).statusCode, role).toBe(403);
      expect((await callApi(porter, cookies.get(role)!, 'PUT', path, { currency: 'nonsense' })).statusCode, role).toBe(403);
    }
    expect((await porter.app.inject({ url: path })).statusCode).toBe(401);
  });

  it.each([
    ['businessHoursCloses', { businessHoursOpens: '18:00', businessHoursCloses: '08:00' }],
    ['businessHoursCloses', { businessHoursOpens: '09:00', businessHoursCloses: '09:00' }],
    ['businessHoursOpens', { businessHoursOpens: '25:00' }],
    ['currency', { currency: 'XYZ' }],
    ['currency', { currency: 'dollars' }],
    ['skipCutoffHours', { skipCutoffHours: -1 }],
    ['skipCutoffHours', { skipCutoffHours: 1.5 }],
    ['skipCutoffHours', { skipCutoffHours: 14 * 24 + 1 }],
    ['calendarFeedDays', { calendarFeedDays: 0 }],
    ['calendarFeedDays', { calendarFeedDays: 367 }],
    ['arrivalWindowBeforeMinutes', { arrivalWindowBeforeMinutes: 241 }],
    ['arrivalWindowAfterMinutes', { arrivalWindowAfterMinutes: '60' }],
  ])('refuses a bad %s with a 400 naming it', async (field, change) => {
    const response = await callApi(porter, owner, 'PUT', path, { ...valid, ...change });
    expect(response.statusCode, response.body).toBe(400);
    expect(Object.keys(response.json().error.fields)).toEqual([field]);
  });

  it('takes the edges of each range', async () => {
    const edges = { ...valid, arrivalWindowBeforeMinutes: 0, arrivalWindowAfterMinutes: 240, skipCutoffHours: 0, calendarFeedDays: 366, businessHoursOpens: '00:00', businessHoursCloses: '23:59' };
    expect((await callApi(porter, owner, 'PUT', path, edges)).statusCode).toBe(200);
    expect((await callApi(porter, owner, 'PUT', path, { ...edges, skipCutoffHours: 14 * 24, calendarFeedDays: 1 })).statusCode).toBe(200);
  });

  it('no longer keeps the arrival window among the portal settings', async () => {
    const portal = (await callApi(porter, owner, 'GET', '/api/office/settings/portal')).json();
    expect(portal).not.toHaveProperty('showArrivalWindow');
  });
});
