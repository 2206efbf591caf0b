import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspect, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';

describe.each(testDialects())('the browser language seen at sign-in on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;

  const signIn = (url: string, email: string, acceptLanguage: string) =>
    porter.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', 'accept-language': acceptLanguage }, payload: { email, password: testPassword } });
  const languagesOf = (table: 'staff_users' | 'portal_users', id: string) =>
    inspect(porter.ctx.db).selectFrom(table).select(['language', 'browser_language']).where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
  });
  afterAll(() => porter.close());

  it('records a portal user’s browser language from Accept-Language, and keeps it when the browser asks for one Porter does not speak', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['serviceRequests'] });
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const url = `/api/portal/${tenant.slug}/login`;

    expect((await signIn(url, user.email, 'de-DE,de;q=0.9')).statusCode).toBe(200);
    expect(await languagesOf('portal_users', user.id)).toEqual({ language: null, browser_language: null });
    expect((await signIn(url, user.email, 'es-MX,es;q=0.9')).statusCode).toBe(200);
    expect(await languagesOf('portal_users', user.id)).toEqual({ language: null, browser_language: 'es' });
    expect((await signIn(url, user.email, 'de')).statusCode).toBe(200);
    expect(await languagesOf('portal_users', user.id)).toEqual({ language: null, browser_language: 'es' });
  });

  it('records a staff member’s the same way, the most preferred language Porter speaks first', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    expect((await signIn('/api/auth/login', staff.email, 'de;q=1, da;q=0.8, en;q=0.5')).statusCode).toBe(200);
    expect(await languagesOf('staff_users', staff.id)).toEqual({ language: null, browser_language: 'da' });
    expect((await signIn('/api/auth/login', staff.email, 'de')).statusCode).toBe(200);
    expect(await languagesOf('staff_users', staff.id)).toEqual({ language: null, browser_language: 'da' });
  });
});
