import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFeatures } from '../../../shared/features/locations/locations.contract.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import { cookieFrom, latestLinkToken, secretLinksTo, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createTenant, testPassword } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };

describe.each(testDialects())('portal account on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let customer: Awaited<ReturnType<typeof createCustomer>>;

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['serviceRequests'] });
  });
  afterAll(() => porter.close());

  async function signedInContact() {
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const response = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/login`, headers: json, payload: { email: contact.email, password: testPassword } });
    return { ...contact, cookie: cookieFrom(response) };
  }

  it('changes name and phone', async () => {
    const contact = await signedInContact();
    const saved = await porter.app.inject({ method: 'PUT', url: `/api/portal/${tenant.slug}/account`, headers: { ...json, cookie: contact.cookie }, payload: { name: 'Patricia', phone: ' 555-0101 ' } });
    expect(saved.json().user).toMatchObject({ name: 'Patricia', phone: '555-0101' });
    const empty = await porter.app.inject({ method: 'PUT', url: `/api/portal/${tenant.slug}/account`, headers: { ...json, cookie: contact.cookie }, payload: { name: '', phone: '' } });
    expect(empty.json().error.fields).toEqual({ name: 'Enter your name' });
  });

  it('changes the sign-in email only once the link sent to the new address is opened', async () => {
    const contact = await signedInContact();
    const ask = (newEmail: string, currentPassword = testPassword) =>
      porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/account/email`, headers: { ...json, cookie: contact.cookie }, payload: { newEmail, currentPassword } });
    expect((await ask('new@client.example', 'wrong-password')).json().error.fields).toHaveProperty('currentPassword');
    const asked = await ask('New@Client.example');
    expect(asked.statusCode).toBe(202);
    const me = await porter.app.inject({ url: `/api/portal/${tenant.slug}/me`, headers: { cookie: contact.cookie } });
    expect(me.json().user).toMatchObject({ email: contact.email, pendingEmail: 'new@client.example' });

    expect((await secretLinksTo(porter.ctx.db, 'new@client.example'))[0]).toContain(`/portal/${tenant.slug}/confirm-email?token=`);
    const token = await latestLinkToken(porter.ctx.db, 'new@client.example');
    const confirm = () => porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/confirm-email`, headers: json, payload: { token } });
    expect((await confirm()).statusCode).toBe(200);
    expect((await confirm()).statusCode).toBe(410);
    const login = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/login`, headers: json, payload: { email: 'new@client.example', password: testPassword } });
    expect(login.json().user).toMatchObject({ email: 'new@client.example', pendingEmail: null });
  });

  it('refuses an address another portal user already has', async () => {
    const first = await signedInContact();
    const second = await signedInContact();
    const taken = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/account/email`, headers: { ...json, cookie: second.cookie }, payload: { newEmail: first.email, currentPassword: testPassword } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toHaveProperty('newEmail');
  });

  it('treats a switched-off feature like a location that does not exist', async () => {
    const contact = await signedInContact();
    const locationId = customer.locationIds[0]!;
    await expect(requirePortalLocation(porter.ctx.db, tenant.tenantId, contact.id, locationId, 'serviceRequests')).resolves.toMatchObject({ id: locationId });
    for (const feature of portalFeatures.filter((f) => f !== 'serviceRequests')) {
      await expect(requirePortalLocation(porter.ctx.db, tenant.tenantId, contact.id, locationId, feature)).rejects.toMatchObject({ code: 'not_found' });
    }
    const other = await createTenant(porter.ctx.db);
    await expect(requirePortalLocation(porter.ctx.db, other.tenantId, contact.id, locationId)).rejects.toMatchObject({ code: 'not_found' });
  });
});
