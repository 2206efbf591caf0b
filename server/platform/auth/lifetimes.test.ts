import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { days, hours } from '../../lib/time.ts';
import { callApi, latestLinkToken, signInPortal, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };

/** Each session and link works until the last millisecond of its lifetime and not at it. */
describe.each(testDialects())('lifetimes on %s', (kind) => {
  const clock = testClock();
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now });
    tenant = await createTenant(porter.ctx.db);
  });
  afterAll(() => porter.close());

  it('a session unused for 14 days is refused', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    const [kept, idle] = [await signInStaff(porter, staff.email), await signInStaff(porter, staff.email)];
    clock.advance(days(14) - 1);
    expect((await callApi(porter, kept, 'GET', '/api/auth/me')).statusCode).toBe(200);
    clock.advance(1);
    expect((await callApi(porter, idle, 'GET', '/api/auth/me')).statusCode).toBe(401);
    // Using a session moves its end: the one used a moment ago lives on.
    expect((await callApi(porter, kept, 'GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('a portal session unused for 14 days is refused', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const cookie = await signInPortal(porter, tenant.slug, contact.email);
    clock.advance(days(14));
    expect((await callApi(porter, cookie, 'GET', `/api/portal/${tenant.slug}/me`)).statusCode).toBe(401);
  });

  it('a reset link works for one hour', async () => {
    const [early, late] = [await createStaff(porter.ctx.db, tenant.tenantId, 'manager'), await createStaff(porter.ctx.db, tenant.tenantId, 'manager')];
    for (const staff of [early, late]) await porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: json, payload: { email: staff.email } });
    const reset = async (email: string) =>
      porter.app.inject({ method: 'POST', url: '/api/auth/reset-password', headers: json, payload: { token: await latestLinkToken(porter.ctx.db, email), password: 'a-fresh-long-password' } });
    clock.advance(hours(1) - 1);
    expect((await reset(early.email)).statusCode).toBe(200);
    clock.advance(1);
    expect((await reset(late.email)).statusCode).toBe(410);
  });

  it('an email-change link works for 24 hours', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
    const ask = async (newEmail: string) => {
      const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
      const cookie = await signInPortal(porter, tenant.slug, contact.email);
      expect((await callApi(porter, cookie, 'POST', `/api/portal/${tenant.slug}/account/email`, { newEmail, currentPassword: testPassword })).statusCode).toBe(202);
    };
    await ask('early-move@client.example');
    await ask('late-move@client.example');
    const confirm = async (email: string) =>
      porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/confirm-email`, headers: json, payload: { token: await latestLinkToken(porter.ctx.db, email) } });
    clock.advance(hours(24) - 1);
    expect((await confirm('early-move@client.example')).statusCode).toBe(200);
    clock.advance(1);
    expect((await confirm('late-move@client.example')).statusCode).toBe(410);
  });

  it('an invitation link works for 7 days', async () => {
    const manager = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
    for (const email of ['early-invitee@client.example', 'late-invitee@client.example']) {
      const added = await callApi(porter, manager, 'POST', `/api/office/customers/${customer.id}/portal-users`, { name: 'Ivy', email, phone: '', locationIds: customer.locationIds, isBillingContact: false });
      expect((await callApi(porter, manager, 'POST', `/api/office/customers/${customer.id}/portal-users/${added.json().id}/enable`)).statusCode).toBe(200);
    }
    const accept = async (email: string) =>
      porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/accept-invitation`, headers: json, payload: { token: await latestLinkToken(porter.ctx.db, email), password: 'my-first-portal-pass' } });
    clock.advance(days(7) - 1);
    expect((await accept('early-invitee@client.example')).statusCode).toBe(200);
    clock.advance(1);
    expect((await accept('late-invitee@client.example')).statusCode).toBe(410);
  });
});
