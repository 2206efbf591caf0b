import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, inspect, latestLinkToken, secretLinksTo, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { createStaff, createTenant, testPassword } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };

describe.each(testDialects())('office sign-in on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;

  // A still clock: the sign-in limits' one-second waits must not run out while a busy machine checks passwords.
  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: testClock().now });
    tenant = await createTenant(porter.ctx.db);
  });
  afterAll(() => porter.close());

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    porter.app.inject({ method: 'POST', url: '/api/auth/login', headers: { ...json, ...headers }, payload: { email, password } });

  it('signs the owner in with a server-side session in an HttpOnly, SameSite=Lax cookie', async () => {
    const response = await login(tenant.ownerEmail.toUpperCase(), testPassword);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ user: { email: tenant.ownerEmail, role: 'owner' }, company: { slug: tenant.slug } });
    const cookie = response.cookies.find((c) => c.name === 'porter_staff')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const sessions = await inspect(porter.ctx.db).selectFrom('sessions').select('token_hash').execute();
    expect(sessions.map((s) => s.token_hash)).not.toContain(cookie.value);

    const me = await porter.app.inject({ url: '/api/auth/me', headers: { cookie: cookieFrom(response) } });
    expect(me.json().user.email).toBe(tenant.ownerEmail);
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const unknown = await login('nobody@example.test', testPassword);
    const wrong = await login(tenant.ownerEmail, 'not-the-password');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(unknown.json().error.code).toBe('invalid_credentials');
  });

  it('names each invalid field', async () => {
    const response = await login('not-an-email', '');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      email: expect.stringContaining('valid email'),
      password: 'Enter your password',
    });
  });

  it('rotates the session at sign-in: the old cookie stops working', async () => {
    const first = cookieFrom(await login(tenant.ownerEmail, testPassword));
    const second = await login(tenant.ownerEmail, testPassword, { cookie: first });
    expect(cookieFrom(second)).not.toBe(first);
    expect((await porter.app.inject({ url: '/api/auth/me', headers: { cookie: first } })).statusCode).toBe(401);
    expect((await porter.app.inject({ url: '/api/auth/me', headers: { cookie: cookieFrom(second) } })).statusCode).toBe(200);
  });

  it('ends the session at logout', async () => {
    const cookie = cookieFrom(await login(tenant.ownerEmail, testPassword));
    const out = await porter.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await porter.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('records sign-ins and failures in the audit log', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    await login(staff.email, testPassword);
    await login(staff.email, 'wrong-password-here');
    const actions = await porter.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'subject'])
      .where('tenant_id', '=', tenant.tenantId)
      .where((eb) => eb.or([eb('actor_id', '=', staff.id), eb('subject', '=', staff.email)]))
      .execute();
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'login.succeeded', actor_id: staff.id, subject: null },
        { action: 'login.failed', actor_id: null, subject: staff.email },
      ]),
    );
  });

  it('refuses staff with no access', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'no_access');
    expect((await login(staff.email, testPassword)).statusCode).toBe(401);
  });

  it('blocks a network address after thirty failures across accounts', async () => {
    const app = porter.app;
    for (let i = 0; i < 30; i++) {
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.9.9.9', headers: json, payload: { email: `x${i}@example.test`, password: 'wrong-password' } });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.9.9.9', headers: json, payload: { email: tenant.ownerEmail, password: testPassword } });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('1');
    const elsewhere = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.9.9.10', headers: json, payload: { email: tenant.ownerEmail, password: testPassword } });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('refuses a cross-site form post (CSRF)', async () => {
    const cookie = cookieFrom(await login(tenant.ownerEmail, testPassword));
    const evil = await porter.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, origin: 'https://evil.example' } });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error.code).toBe('csrf_rejected');
    const crossSite = await porter.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.statusCode).toBe(403);
    const form = await porter.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=a&password=b' });
    expect(form.statusCode).toBe(415);
    const sameSite = await porter.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, origin: 'http://porter.test' } });
    expect(sameSite.statusCode).toBe(204);
  });
});

describe('session cookie behind HTTPS', () => {
  it('is marked Secure when Porter is served over https', async () => {
    const porter = await startTestPorter('sqlite', { PUBLIC_URL: 'https://porter.example.com' });
    const tenant = await createTenant(porter.ctx.db);
    const response = await porter.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { email: tenant.ownerEmail, password: testPassword } });
    expect(response.cookies.find((c) => c.name === 'porter_staff')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    await porter.close();
  });
});

describe.each(testDialects())('passwords on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
  });
  afterAll(() => porter.close());

  const login = (email: string, password: string) =>
    porter.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { email, password } });

  async function resetLinkFromOutbox(to: string): Promise<string> {
    const mail = await inspect(porter.ctx.db).selectFrom('outbox_emails').selectAll().where('to_address', '=', to).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(mail.status).toBe('held');
    return latestLinkToken(porter.ctx.db, to);
  }

  it('changes the password only with the current one, and ends the other sessions', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    const here = cookieFrom(await login(staff.email, testPassword));
    const elsewhere = cookieFrom(await login(staff.email, testPassword));
    const change = (currentPassword: string, newPassword: string) =>
      porter.app.inject({ method: 'POST', url: '/api/auth/change-password', headers: { ...json, cookie: here }, payload: { currentPassword, newPassword } });

    const wrong = await change('not-my-password', 'a-brand-new-secret');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toHaveProperty('currentPassword');
    const common = await change(testPassword, 'password123');
    expect(common.statusCode).toBe(400);
    expect(common.json().error.fields.newPassword).toMatch(/most common/);
    const short = await change(testPassword, 'short');
    expect(short.json().error.fields.newPassword).toMatch(/at least 10/);

    expect((await change(testPassword, 'a-brand-new-secret')).statusCode).toBe(204);
    expect((await porter.app.inject({ url: '/api/auth/me', headers: { cookie: here } })).statusCode).toBe(200);
    expect((await porter.app.inject({ url: '/api/auth/me', headers: { cookie: elsewhere } })).statusCode).toBe(401);
    expect((await login(staff.email, 'a-brand-new-secret')).statusCode).toBe(200);
    const audit = await inspect(porter.ctx.db).selectFrom('audit_events').select('action').where('actor_id', '=', staff.id).where('action', '=', 'password.changed').execute();
    expect(audit).toHaveLength(1);
  });

  it('resets a forgotten password through a single-use emailed link and signs out everywhere', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    const oldSession = cookieFrom(await login(staff.email, testPassword));
    const asked = await porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: json, payload: { email: staff.email } });
    expect(asked.statusCode).toBe(202);
    const token = await resetLinkFromOutbox(staff.email);
    const stored = await inspect(porter.ctx.db).selectFrom('account_tokens').select('token_hash').execute();
    expect(stored.map((t) => t.token_hash)).not.toContain(token);

    const reset = (password: string) =>
      porter.app.inject({ method: 'POST', url: '/api/auth/reset-password', headers: json, payload: { token, password } });
    expect((await reset('brand-new-password-1')).statusCode).toBe(200);
    const again = await reset('another-password-22');
    expect(again.statusCode).toBe(410);
    expect(again.json().error.message).toMatch(/expired or was already used/);
    expect((await porter.app.inject({ url: '/api/auth/me', headers: { cookie: oldSession } })).statusCode).toBe(401);
    expect((await login(staff.email, 'brand-new-password-1')).statusCode).toBe(200);
    expect((await login(staff.email, testPassword)).statusCode).toBe(401);
  });

  it('refuses a weak password on reset without spending the link', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    await porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: json, payload: { email: staff.email } });
    const token = await resetLinkFromOutbox(staff.email);
    const weak = await porter.app.inject({ method: 'POST', url: '/api/auth/reset-password', headers: json, payload: { token, password: 'qwertyuiop' } });
    expect(weak.statusCode).toBe(400);
    const good = await porter.app.inject({ method: 'POST', url: '/api/auth/reset-password', headers: json, payload: { token, password: 'a-good-long-password' } });
    expect(good.statusCode).toBe(200);
  });

  it('lets a reset link expire after one hour, and only the newest link works', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    await porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: json, payload: { email: staff.email } });
    const first = await resetLinkFromOutbox(staff.email);
    await porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: json, payload: { email: staff.email } });
    const tokens = (await secretLinksTo(porter.ctx.db, staff.email)).map((link) => new URL(link).searchParams.get('token')!);
    expect(tokens).toHaveLength(2);
    const second = tokens.find((t) => t !== first)!;
    const useFirst = await porter.app.inject({ method: 'POST', url: '/api/auth/reset-password', headers: json, payload: { token: first, password: 'a-good-long-password' } });
    expect(useFirst.statusCode).toBe(410);

    await inspect(porter.ctx.db).updateTable('account_tokens').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('principal_id', '=', staff.id).execute();
    const expired = await porter.app.inject({ method: 'POST', url: '/api/auth/reset-password', headers: json, payload: { token: second, password: 'a-good-long-password' } });
    expect(expired.statusCode).toBe(410);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = await inspect(porter.ctx.db).selectFrom('outbox_emails').select('id').execute();
    const response = await porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: json, payload: { email: 'ghost@example.test' } });
    expect(response.statusCode).toBe(202);
    expect(response.json().message).toMatch(/If an account uses that address/);
    expect(await inspect(porter.ctx.db).selectFrom('outbox_emails').select('id').execute()).toHaveLength(before.length);
  });
});
