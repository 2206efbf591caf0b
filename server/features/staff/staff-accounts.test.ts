import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { newId } from '../../lib/ids.ts';
import { days } from '../../lib/time.ts';
import { callApi, cookieFrom, inspect, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { createStaff, createTenant, testPassword } from '../../test/factories.ts';
import { insertStaff } from './staff.repository.ts';

const json = { 'content-type': 'application/json' };
const newPassword = 'my-first-office-pass';

describe.each(testDialects())('staff accounts on %s', (kind) => {
  // The app's own clock, moved by the tests that cross a lifetime boundary.
  const clock = testClock();
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let admin: { id: string; email: string; cookie: string };

  const signIn = (email: string, password?: string) => signInStaff(porter, email, password);
  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const outboxTo = (email: string) => inspect(porter.ctx.db).selectFrom('outbox_emails').selectAll().where('to_address', '=', email).orderBy('created_at').execute();
  const tokensIn = async (email: string) => (await outboxTo(email)).map((m) => /accept-invitation\?token=([\w-]+)/.exec(m.secret_link ?? '')?.[1]).filter(Boolean) as string[];
  const accept = (token: string, password = newPassword) => porter.app.inject({ method: 'POST', url: '/api/auth/accept-invitation', headers: json, payload: { token, password } });
  const me = (cookie: string) => porter.app.inject({ url: '/api/auth/me', headers: { cookie } });
  const login = (email: string, password = testPassword) => porter.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { email, password } });
  const auditOf = async (id: string) =>
    (await inspect(porter.ctx.db).selectFrom('audit_events').select(['action', 'actor_id']).where('subject', '=', `staff:${id}`).orderBy('created_at').orderBy('id').execute()).map((a) => a.action);
  const uniqueEmail = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2)}@gleam.example`;

  async function add(cookie: string, body: Record<string, unknown>) {
    const response = await call(cookie, 'POST', '/api/office/staff', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now });
    tenant = await createTenant(porter.ctx.db, { name: 'Gleam Co' });
    owner = await signIn(tenant.ownerEmail);
    const row = await createStaff(porter.ctx.db, tenant.tenantId, 'admin');
    admin = { ...row, cookie: await signIn(row.email) };
  });
  afterAll(() => porter.close());

  it('adds a staff member as invited and emails a set-password link that signs them in; the link works once', async () => {
    const added = await add(admin.cookie, { name: 'Nina New', email: 'Nina@Gleam.example', role: 'technician', mobilePhone: '(503) 555-0100', mobileCarrier: 'verizon' });
    expect(added).toMatchObject({ name: 'Nina New', email: 'nina@gleam.example', role: 'technician', state: 'invited', invitedAt: expect.any(String), textAddress: '5035550100@vtext.com' });
    expect(JSON.stringify(added)).not.toMatch(/token/i);
    const [mail] = await outboxTo('nina@gleam.example');
    expect(mail!.subject).toBe('You have been invited to Gleam Co on Porter');
    expect(mail!.secret_link).toContain('http://porter.test/accept-invitation?token=');
    expect(mail!.text_body).not.toContain('token=');
    const [token] = await tokensIn('nina@gleam.example');
    expect((await login('nina@gleam.example', newPassword)).statusCode).toBe(401);

    expect((await accept(token!, 'password123')).statusCode).toBe(400);
    const accepted = await accept(token!);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().user).toMatchObject({ email: 'nina@gleam.example', role: 'technician' });
    expect((await me(cookieFrom(accepted))).statusCode).toBe(200);
    expect((await accept(token!, 'another-good-passphrase')).statusCode).toBe(410);
    expect((await login('nina@gleam.example', newPassword)).statusCode).toBe(200);

    const listed = (await call(owner, 'GET', '/api/office/staff')).json().items.find((s: { id: string }) => s.id === added.id);
    expect(listed).toMatchObject({ state: 'active', lastLoginAt: expect.any(String) });
    expect((await auditOf(added.id)).sort()).toEqual(['invitation.accepted', 'invitation.sent', 'staff.added']);
    expect((await call(admin.cookie, 'POST', `/api/office/staff/${added.id}/invitation`)).statusCode).toBe(409);
  });

  it('names the bad fields, and answers 409 on the email field for an address already in use', async () => {
    const bad = await call(owner, 'POST', '/api/office/staff', { name: ' ', email: 'not-an-email', role: 'boss', mobilePhone: '12', mobileCarrier: 'other', mobileCarrierDomain: '' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['email', 'mobilePhone', 'name', 'role']);
    const dup = await call(owner, 'POST', '/api/office/staff', { name: 'Twin', email: admin.email.toUpperCase(), role: 'manager' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields).toEqual({ email: 'Already used by a staff account' });
  });

  it('two adds of the same address at the same moment: one 201, one 409', async () => {
    const email = uniqueEmail('race');
    const body = { name: 'Racer', email, role: 'technician' };
    const answers = await Promise.all([call(owner, 'POST', '/api/office/staff', body), call(admin.cookie, 'POST', '/api/office/staff', body)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json().error.fields).toHaveProperty('email');
    expect(await inspect(porter.ctx.db).selectFrom('staff_users').select('id').where('email', '=', email).execute()).toHaveLength(1);
  });

  it('the database itself refuses a second staff account with the same email, recognisably', async () => {
    const row = { name: 'Dup', email: uniqueEmail('dup'), role: 'technician' as const, mobile_phone: null, mobile_carrier: null, mobile_carrier_domain: null, invited_at: null };
    await insertStaff(porter.ctx.db, tenant.tenantId, { ...row, id: newId() });
    const failure = await insertStaff(porter.ctx.db, tenant.tenantId, { ...row, id: newId() }).catch((err: unknown) => err);
    expect(isUniqueViolation(failure)).toBe(true);
    expect(isUniqueViolation(new Error('something else'))).toBe(false);
  });

  it('re-sending the invitation spends the old link', async () => {
    const added = await add(owner, { name: 'Resend Me', email: uniqueEmail('resend'), role: 'manager' });
    const again = await call(admin.cookie, 'POST', `/api/office/staff/${added.id}/invitation`);
    expect(again.json()).toMatchObject({ state: 'invited' });
    const [first, second] = await tokensIn(added.email);
    expect(second).toBeDefined();
    expect((await accept(first!)).statusCode).toBe(410);
    expect((await accept(second!)).statusCode).toBe(200);
  });

  it('an invitation link works until just before 7 days and not at 7 days', async () => {
    const early = await add(owner, { name: 'Early', email: uniqueEmail('early'), role: 'technician' });
    const late = await add(owner, { name: 'Late', email: uniqueEmail('late'), role: 'technician' });
    clock.advance(days(7) - 1);
    expect((await accept((await tokensIn(early.email))[0]!)).statusCode).toBe(200);
    clock.advance(1);
    const refused = await accept((await tokensIn(late.email))[0]!);
    expect(refused.statusCode).toBe(410);
    expect(refused.json().error.message).toMatch(/expired or was already used/);
  });

  it('deactivating ends a live session at once, refuses sign-in and spends emailed links; reactivating lets them back in', async () => {
    const tech = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    const session = await signIn(tech.email);
    const invited = await add(owner, { name: 'Pending', email: uniqueEmail('pending'), role: 'technician' });

    const off = await call(admin.cookie, 'POST', `/api/office/staff/${tech.id}/deactivate`);
    expect(off.json()).toMatchObject({ state: 'deactivated', deactivatedAt: expect.any(String) });
    expect((await me(session)).statusCode).toBe(401);
    expect((await login(tech.email)).statusCode).toBe(401);
    await porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: json, payload: { email: tech.email } });
    expect(await outboxTo(tech.email)).toHaveLength(0);

    await call(admin.cookie, 'POST', `/api/office/staff/${invited.id}/deactivate`);
    expect((await accept((await tokensIn(invited.email))[0]!)).statusCode).toBe(410);
    expect((await call(admin.cookie, 'POST', `/api/office/staff/${invited.id}/invitation`)).statusCode).toBe(409);

    const on = await call(admin.cookie, 'POST', `/api/office/staff/${tech.id}/reactivate`);
    expect(on.json()).toMatchObject({ state: 'active', deactivatedAt: null });
    expect((await login(tech.email)).statusCode).toBe(200);
    expect((await call(admin.cookie, 'POST', `/api/office/staff/${invited.id}/reactivate`)).json().state).toBe('invited');
    expect(await auditOf(tech.id)).toEqual(expect.arrayContaining(['staff.deactivated', 'staff.reactivated']));
  });

  it('a session opened by a deactivated person is refused on its next request', async () => {
    const tech = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    const session = await signIn(tech.email);
    // As if sign-in had raced the deactivation: the row is deactivated but the session survived.
    await inspect(porter.ctx.db).updateTable('staff_users').set({ deactivated_at: new Date().toISOString() }).where('id', '=', tech.id).execute();
    expect((await me(session)).statusCode).toBe(401);
  });

  it('the last active owner cannot be demoted or deactivated; with a second owner they can', async () => {
    const solo = await createTenant(porter.ctx.db);
    const soloOwner = await signIn(solo.ownerEmail);
    const demote = await call(soloOwner, 'PUT', `/api/office/staff/${solo.ownerId}/role`, { role: 'admin' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.message).toMatch(/last active owner and cannot be made admin\. Make someone else an owner first/);
    expect((await call(soloOwner, 'POST', `/api/office/staff/${solo.ownerId}/deactivate`)).statusCode).toBe(409);

    // An owner who never chose a password, or who is deactivated, does not count.
    const invitedOwner = await add(soloOwner, { name: 'Invited Owner', email: uniqueEmail('owner'), role: 'owner' });
    expect((await call(soloOwner, 'PUT', `/api/office/staff/${solo.ownerId}/role`, { role: 'admin' })).statusCode).toBe(409);
    const second = await createStaff(porter.ctx.db, solo.tenantId, 'owner');
    await call(soloOwner, 'POST', `/api/office/staff/${second.id}/deactivate`);
    expect((await call(soloOwner, 'POST', `/api/office/staff/${solo.ownerId}/deactivate`)).statusCode).toBe(409);

    await call(soloOwner, 'POST', `/api/office/staff/${second.id}/reactivate`);
    const secondCookie = await signIn(second.email);
    expect((await call(secondCookie, 'PUT', `/api/office/staff/${solo.ownerId}/role`, { role: 'admin' })).json().role).toBe('admin');
    expect((await call(secondCookie, 'POST', `/api/office/staff/${second.id}/deactivate`)).statusCode).toBe(409);
    expect((await call(secondCookie, 'PUT', `/api/office/staff/${invitedOwner.id}/role`, { role: 'manager' })).json().role).toBe('manager');
  });

  it('two owners demoting each other at the same moment leave one owner', async () => {
    const pair = await createTenant(porter.ctx.db);
    const second = await createStaff(porter.ctx.db, pair.tenantId, 'owner');
    const [a, b] = [await signIn(pair.ownerEmail), await signIn(second.email)];
    const answers = await Promise.all([
      call(a, 'PUT', `/api/office/staff/${second.id}/role`, { role: 'admin' }),
      call(b, 'PUT', `/api/office/staff/${pair.ownerId}/role`, { role: 'admin' }),
    ]);
    // Whichever runs second finds either its actor or its target no longer an owner.
    expect(answers.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(answers.find((r) => r.statusCode !== 200)!.statusCode).toBeOneOf([403, 409]);
    const owners = await porter.ctx.db.selectFrom('staff_users').select('id').where('tenant_id', '=', pair.tenantId).where('role', '=', 'owner').execute();
    expect(owners).toHaveLength(1);
  });

  it('an admin can never change an owner: role, profile, email, password link, invitation, deactivation', async () => {
    const target = tenant.ownerId;
    const cases = [
      ['PUT', `/api/office/staff/${target}/role`, { role: 'manager' }],
      ['PUT', `/api/office/staff/${target}/profile`, { name: 'Renamed', mobilePhone: null, mobileCarrier: null }],
      ['PUT', `/api/office/staff/${target}/email`, { email: uniqueEmail('takeover') }],
      ['POST', `/api/office/staff/${target}/password-link`],
      ['POST', `/api/office/staff/${target}/invitation`],
      ['POST', `/api/office/staff/${target}/deactivate`],
      ['POST', `/api/office/staff/${target}/reactivate`],
      ['POST', '/api/office/staff', { name: 'New Owner', email: uniqueEmail('newowner'), role: 'owner' }],
    ] as const;
    for (const [method, url, body] of cases) {
      expect((await call(admin.cookie, method, url, body)).statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await call(admin.cookie, 'POST', `/api/office/staff/${admin.id}/deactivate`)).statusCode).toBe(403);
    const row = await inspect(porter.ctx.db).selectFrom('staff_users').select(['role', 'name', 'email', 'deactivated_at']).where('id', '=', target).executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'owner', name: expect.not.stringMatching('Renamed'), email: tenant.ownerEmail, deactivated_at: null });
    expect(await outboxTo(tenant.ownerEmail)).toHaveLength(0);
    expect((await signIn(tenant.ownerEmail)).length).toBeGreaterThan(0);
  });

  it('an admin changes a non-owner’s email and sends them a password link; old links stop working', async () => {
    const added = await add(admin.cookie, { name: 'Moves House', email: uniqueEmail('old'), role: 'supervisor' });
    const [oldToken] = await tokensIn(added.email);
    const newEmail = uniqueEmail('new');
    expect((await call(admin.cookie, 'PUT', `/api/office/staff/${added.id}/email`, { email: admin.email })).statusCode).toBe(409);
    expect((await call(admin.cookie, 'PUT', `/api/office/staff/${added.id}/email`, { email: newEmail })).json().email).toBe(newEmail);
    expect((await accept(oldToken!)).statusCode).toBe(410);
    expect((await call(admin.cookie, 'POST', `/api/office/staff/${added.id}/password-link`)).statusCode).toBe(409);

    const tech = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    expect((await call(admin.cookie, 'POST', `/api/office/staff/${tech.id}/password-link`)).statusCode).toBe(202);
    const [mail] = await outboxTo(tech.email);
    expect(mail!.secret_link).toContain('http://porter.test/reset-password?token=');
    expect(mail!.text_body).not.toContain('token=');
  });

  it('sends at most three invitations or password links an hour to one address, then asks to wait', async () => {
    const added = await add(admin.cookie, { name: 'Often Invited', email: uniqueEmail('often'), role: 'supervisor' });
    const resend = () => call(admin.cookie, 'POST', `/api/office/staff/${added.id}/invitation`);
    expect((await resend()).statusCode).toBe(200);
    expect((await resend()).statusCode).toBe(200);
    const refused = await resend();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await outboxTo(added.email)).toHaveLength(3);
  });

  it('only owners and admins manage staff: managers, supervisors and technicians get 403', async () => {
    const tech = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    for (const role of ['manager', 'supervisor', 'technician'] as const) {
      const cookie = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, role)).email);
      const cases = [
        ['POST', '/api/office/staff', { name: 'X', email: uniqueEmail(role), role: 'technician' }],
        ['POST', `/api/office/staff/${tech.id}/invitation`],
        ['POST', `/api/office/staff/${tech.id}/deactivate`],
        ['POST', `/api/office/staff/${tech.id}/reactivate`],
        ['PUT', `/api/office/staff/${tech.id}/email`, { email: uniqueEmail(role) }],
        ['POST', `/api/office/staff/${tech.id}/password-link`],
      ] as const;
      for (const [method, url, body] of cases) {
        expect((await call(cookie, method, url, body)).statusCode, `${role} ${method} ${url}`).toBe(403);
      }
    }
    expect((await inspect(porter.ctx.db).selectFrom('staff_users').select('deactivated_at').where('id', '=', tech.id).executeTakeFirstOrThrow()).deactivated_at).toBeNull();
  });

  it('answers 404 for another company’s staff, and its invitation link signs nobody in here', async () => {
    const other = await createTenant(porter.ctx.db);
    const theirs = await createStaff(porter.ctx.db, other.tenantId, 'technician');
    const cases = [
      ['POST', `/api/office/staff/${theirs.id}/invitation`],
      ['POST', `/api/office/staff/${theirs.id}/deactivate`],
      ['POST', `/api/office/staff/${theirs.id}/reactivate`],
      ['PUT', `/api/office/staff/${theirs.id}/email`, { email: uniqueEmail('x') }],
      ['POST', `/api/office/staff/${theirs.id}/password-link`],
    ] as const;
    for (const [method, url, body] of cases) {
      expect((await call(owner, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await inspect(porter.ctx.db).selectFrom('staff_users').select('deactivated_at').where('id', '=', theirs.id).executeTakeFirstOrThrow()).deactivated_at).toBeNull();
    expect((await call(owner, 'GET', '/api/office/staff')).json().items.map((s: { id: string }) => s.id)).not.toContain(theirs.id);
  });
});
