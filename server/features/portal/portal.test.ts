import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, inspect, latestLinkToken, secretLinksTo, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createTenant, testPassword } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };

describe.each(testDialects())('portal sign-in on %s', (kind) => {
  let porter: TestPorter;
  let acme: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let customer: Awaited<ReturnType<typeof createCustomer>>;
  let contact: Awaited<ReturnType<typeof createPortalUser>>;

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    acme = await createTenant(porter.ctx.db, { name: 'Acme Cleaning' });
    other = await createTenant(porter.ctx.db, { name: 'Other Cleaning' });
    customer = await createCustomer(porter.ctx.db, acme.tenantId, { locations: 3, portal: true });
    // Granted two of the customer's three locations.
    contact = await createPortalUser(porter.ctx.db, acme.tenantId, customer.id, customer.locationIds.slice(0, 2));
  });
  afterAll(() => porter.close());

  const login = (slug: string, email: string, password = testPassword) =>
    porter.app.inject({ method: 'POST', url: `/api/portal/${slug}/login`, headers: json, payload: { email, password } });

  it('shows the company’s branding before sign-in, and 404 for an unknown address', async () => {
    const info = await porter.app.inject({ url: `/api/portal/${acme.slug}` });
    expect(info.json()).toMatchObject({ company: { displayName: 'Acme Cleaning' }, portalEnabled: true });
    expect((await porter.app.inject({ url: '/api/portal/no-such-company' })).statusCode).toBe(404);
  });

  it('installs the company’s portal on a phone under its name and colour, and 404 for an unknown address', async () => {
    const response = await porter.app.inject({ url: `/api/portal/${acme.slug}/manifest` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.json()).toMatchObject({
      name: 'Acme Cleaning',
      start_url: `/portal/${acme.slug}`,
      scope: `/portal/${acme.slug}`,
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      icons: [{ src: '/favicon.svg', type: 'image/svg+xml' }],
    });
    expect((await porter.app.inject({ url: '/api/portal/no-such-company/manifest' })).statusCode).toBe(404);
  });

  it('signs a contact in and lists only the locations granted to them', async () => {
    const response = await login(acme.slug, contact.email);
    expect(response.statusCode).toBe(200);
    expect(response.json().locations.map((l: { id: string }) => l.id).sort()).toEqual(customer.locationIds.slice(0, 2).sort());
    const me = await porter.app.inject({ url: `/api/portal/${acme.slug}/me`, headers: { cookie: cookieFrom(response) } });
    expect(me.json().user.email).toBe(contact.email);
    expect(me.json().customers).toEqual([{ id: customer.id, name: expect.any(String), type: 'commercial', isBillingContact: false }]);
  });

  it('does not let a contact of one company sign in on another company’s portal', async () => {
    const response = await login(other.slug, contact.email);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('invalid_credentials');
  });

  it('does not accept one company’s portal session on another company’s portal', async () => {
    const cookie = cookieFrom(await login(acme.slug, contact.email));
    const elsewhere = await porter.app.inject({ url: `/api/portal/${other.slug}/me`, headers: { cookie } });
    expect(elsewhere.statusCode).toBe(401);
  });

  it('does not accept a portal session in the office, nor an office session in the portal', async () => {
    const portalCookie = cookieFrom(await login(acme.slug, contact.email));
    expect((await porter.app.inject({ url: '/api/auth/me', headers: { cookie: portalCookie } })).statusCode).toBe(401);
    const office = await porter.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { email: acme.ownerEmail, password: testPassword } });
    expect((await porter.app.inject({ url: `/api/portal/${acme.slug}/me`, headers: { cookie: cookieFrom(office) } })).statusCode).toBe(401);
  });

  it('refuses a locked contact with a message that says access was revoked and whom to contact, and ends live sessions', async () => {
    const locked = await createPortalUser(porter.ctx.db, acme.tenantId, customer.id, customer.locationIds);
    const cookie = cookieFrom(await login(acme.slug, locked.email));
    await inspect(porter.ctx.db).updateTable('portal_users').set({ locked_at: new Date().toISOString() }).where('id', '=', locked.id).execute();

    const live = await porter.app.inject({ url: `/api/portal/${acme.slug}/me`, headers: { cookie } });
    expect(live.statusCode).toBe(403);
    expect(live.json().error.code).toBe('access_revoked');
    const again = await login(acme.slug, locked.email);
    expect(again.statusCode).toBe(403);
    expect(again.json().error.message).toMatch(/revoked.*contact Acme Cleaning/);
    expect((await login(acme.slug, locked.email, 'a-wrong-password')).json().error.code).toBe('invalid_credentials');
  });

  it('refuses contacts whose customer is archived', async () => {
    const archived = await createCustomer(porter.ctx.db, acme.tenantId);
    const user = await createPortalUser(porter.ctx.db, acme.tenantId, archived.id, archived.locationIds);
    await inspect(porter.ctx.db).updateTable('customers').set({ archived_at: new Date().toISOString() }).where('id', '=', archived.id).execute();
    expect((await login(acme.slug, user.email)).json().error.code).toBe('access_revoked');
  });

  it('says the portal is not available when the company has switched it off', async () => {
    const closed = await createTenant(porter.ctx.db);
    await porter.ctx.db.updateTable('tenants').set({ portal_enabled: false }).where('id', '=', closed.tenantId).execute();
    expect((await porter.app.inject({ url: `/api/portal/${closed.slug}` })).json().portalEnabled).toBe(false);
    const response = await login(closed.slug, 'anyone@example.test');
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({ code: 'portal_unavailable', message: expect.stringMatching(/not available/) });
  });

  it('resets a portal password through a link on the company’s portal address', async () => {
    const user = await createPortalUser(porter.ctx.db, acme.tenantId, customer.id, customer.locationIds);
    const asked = await porter.app.inject({ method: 'POST', url: `/api/portal/${acme.slug}/forgot-password`, headers: json, payload: { email: user.email } });
    expect(asked.statusCode).toBe(202);
    const mail = await inspect(porter.ctx.db).selectFrom('outbox_emails').selectAll().where('to_address', '=', user.email).executeTakeFirstOrThrow();
    expect(mail.tenant_id).toBe(acme.tenantId);
    expect((await secretLinksTo(porter.ctx.db, user.email))[0]).toContain(`http://porter.test/portal/${acme.slug}/reset-password?token=`);
    const token = await latestLinkToken(porter.ctx.db, user.email);
    const reset = await porter.app.inject({ method: 'POST', url: '/api/auth/reset-password', headers: json, payload: { token, password: 'my-new-portal-pass' } });
    expect(reset.statusCode).toBe(200);
    expect((await login(acme.slug, user.email, 'my-new-portal-pass')).statusCode).toBe(200);
  });

  it('lets a signed-in contact change their password', async () => {
    const user = await createPortalUser(porter.ctx.db, acme.tenantId, customer.id, customer.locationIds);
    const cookie = cookieFrom(await login(acme.slug, user.email));
    const changed = await porter.app.inject({
      method: 'POST',
      url: `/api/portal/${acme.slug}/change-password`,
      headers: { ...json, cookie },
      payload: { currentPassword: testPassword, newPassword: 'portal-pass-changed' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await login(acme.slug, user.email, 'portal-pass-changed')).statusCode).toBe(200);
  });
});
