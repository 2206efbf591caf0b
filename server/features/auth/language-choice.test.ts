import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, cookieFrom, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';

describe.each(testDialects())('choosing a language on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let customer: Awaited<ReturnType<typeof createCustomer>>;

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['serviceRequests'] });
  });
  afterAll(() => porter.close());

  it('a technician saves Danish, sees it on every sign-in, and goes back to automatic with null', async () => {
    const technician = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    const cookie = await signInStaff(porter, technician.email);
    expect((await callApi(porter, cookie, 'GET', '/api/auth/me')).json().user.language).toBeNull();

    const chosen = await callApi(porter, cookie, 'PUT', '/api/auth/language', { language: 'da' });
    expect(chosen.json()).toEqual({ language: 'da' });
    const again = await signInStaff(porter, technician.email);
    expect((await callApi(porter, again, 'GET', '/api/auth/me')).json().user.language).toBe('da');

    await callApi(porter, cookie, 'PUT', '/api/auth/language', { language: null });
    expect((await callApi(porter, cookie, 'GET', '/api/auth/me')).json().user.language).toBeNull();
  });

  it('refuses a language Porter does not speak, naming the field', async () => {
    const cookie = await signInStaff(porter, tenant.ownerEmail);
    const refused = await callApi(porter, cookie, 'PUT', '/api/auth/language', { language: 'de' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toHaveProperty('language');
  });

  it('needs a signed-in person', async () => {
    const anonymous = await porter.app.inject({ method: 'PUT', url: '/api/auth/language', headers: { 'content-type': 'application/json' }, payload: { language: 'es' } });
    expect(anonymous.statusCode).toBe(401);
    const portalAnonymous = await porter.app.inject({ method: 'PUT', url: `/api/portal/${tenant.slug}/language`, headers: { 'content-type': 'application/json' }, payload: { language: 'es' } });
    expect(portalAnonymous.statusCode).toBe(401);
  });

  it('a portal user saves Spanish for themselves only, and not through another company’s portal', async () => {
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const neighbour = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const cookie = await signInPortal(porter, tenant.slug, contact.email);
    expect((await callApi(porter, cookie, 'PUT', `/api/portal/${tenant.slug}/language`, { language: 'es' })).json()).toEqual({ language: 'es' });
    expect((await callApi(porter, cookie, 'GET', `/api/portal/${tenant.slug}/me`)).json().user.language).toBe('es');
    const neighbourRow = await inspect(porter.ctx.db).selectFrom('portal_users').select('language').where('id', '=', neighbour.id).executeTakeFirstOrThrow();
    expect(neighbourRow.language).toBeNull();

    expect((await callApi(porter, cookie, 'PUT', `/api/portal/${other.slug}/language`, { language: 'da' })).statusCode).toBe(401);
  });

  it('a staff member viewing the portal as a customer cannot change their language', async () => {
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const owner = await signInStaff(porter, tenant.ownerEmail);
    const opened = await callApi(porter, owner, 'POST', `/api/office/locations/${customer.locationIds[0]!}/view-as`, { portalUserId: contact.id });
    const refused = await callApi(porter, cookieFrom(opened), 'PUT', `/api/portal/${tenant.slug}/language`, { language: 'da' });
    expect(refused.json().error.code).toBe('read_only');
  });

  it('the office learns the company’s time zone and default language at sign-in', async () => {
    const me = await porter.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: { email: tenant.ownerEmail, password: testPassword } });
    expect(me.json().company).toMatchObject({ timeZone: 'UTC', defaultLanguage: 'en' });
  });
});
