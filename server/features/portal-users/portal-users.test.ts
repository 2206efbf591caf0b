import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, cookieFrom, inspect, latestLinkToken, secretLinksTo, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };

describe.each(testDialects())('portal users on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;

  const signIn = (email: string) => signInStaff(porter, email);
  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const outboxTo = (email: string) => inspect(porter.ctx.db).selectFrom('outbox_emails').selectAll().where('to_address', '=', email).orderBy('created_at').execute();
  const portalLogin = (email: string, password = testPassword) =>
    porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/login`, headers: json, payload: { email, password } });

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db, { name: 'Gleam Co' });
    await porter.ctx.db.updateTable('tenants').set({ contact_email: 'office@gleam.example' }).where('id', '=', tenant.tenantId).execute();
    other = await createTenant(porter.ctx.db);
    owner = await signIn(tenant.ownerEmail);
  });
  afterAll(() => porter.close());

  async function addUser(customerId: string, locationIds: string[], email = `pat-${Math.random().toString(36).slice(2)}@client.example`) {
    const response = await call(owner, 'POST', `/api/office/customers/${customerId}/portal-users`, { name: 'Pat Client', email, phone: '', locationIds, isBillingContact: false });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it('adds a portal user without sending any email', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 2, portal: true });
    const user = await addUser(customer.id, [customer.locationIds[0]!], 'first@client.example');
    expect(user).toMatchObject({ state: 'not_invited', invitedAt: null, lastLoginAt: null, isBillingContact: false, otherCustomerCount: 0, phone: null });
    expect(user.locations).toEqual([{ id: customer.locationIds[0], name: 'Site 1' }]);
    expect(await outboxTo('first@client.example')).toHaveLength(0);
    expect((await portalLogin('first@client.example', 'anything-at-all')).statusCode).toBe(401);
  });

  it('refuses locations of another customer and a duplicate email for the same customer', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const elsewhere = await createCustomer(porter.ctx.db, tenant.tenantId);
    const wrong = await call(owner, 'POST', `/api/office/customers/${customer.id}/portal-users`, { name: 'X', email: 'x@client.example', locationIds: elsewhere.locationIds });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toHaveProperty('locationIds');
    const none = await call(owner, 'POST', `/api/office/customers/${customer.id}/portal-users`, { name: 'X', email: 'x@client.example', locationIds: [] });
    expect(none.json().error.fields.locationIds).toMatch(/at least one location/);
    await addUser(customer.id, customer.locationIds, 'dup@client.example');
    const dup = await call(owner, 'POST', `/api/office/customers/${customer.id}/portal-users`, { name: 'X', email: 'DUP@client.example', locationIds: customer.locationIds });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields).toHaveProperty('email');
  });

  it('Enable emails a 7-day single-use link; re-sending spends the old one; following it sets a password and signs in', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['feedback'] });
    const user = await addUser(customer.id, customer.locationIds, 'invitee@client.example');
    const enabled = await call(owner, 'POST', `/api/office/customers/${customer.id}/portal-users/${user.id}/enable`);
    expect(enabled.json()).toMatchObject({ state: 'invited', invitedAt: expect.any(String) });
    const [first] = await outboxTo('invitee@client.example');
    expect(first!.subject).toContain('Gleam Co');
    expect((await secretLinksTo(porter.ctx.db, 'invitee@client.example'))[0]).toContain(`http://porter.test/portal/${tenant.slug}/accept-invitation?token=`);
    const firstToken = await latestLinkToken(porter.ctx.db, 'invitee@client.example');
    const expiry = await inspect(porter.ctx.db).selectFrom('account_tokens').select(['expires_at', 'created_at']).where('principal_id', '=', user.id).executeTakeFirstOrThrow();
    expect(Date.parse(expiry.expires_at) - Date.parse(expiry.created_at)).toBe(7 * 86_400_000);

    await call(owner, 'POST', `/api/office/customers/${customer.id}/portal-users/${user.id}/enable`);
    const tokens = (await secretLinksTo(porter.ctx.db, 'invitee@client.example')).map((link) => new URL(link).searchParams.get('token')!);
    expect(tokens).toHaveLength(2);
    const secondToken = tokens.find((t) => t !== firstToken)!;
    const accept = (token: string, password = 'my-first-portal-pass') =>
      porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/accept-invitation`, headers: json, payload: { token, password } });
    expect((await accept(firstToken)).statusCode).toBe(410);
    expect((await accept(secondToken, 'password123')).statusCode).toBe(400);
    const accepted = await accept(secondToken);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().locations).toHaveLength(1);
    const me = await porter.app.inject({ url: `/api/portal/${tenant.slug}/me`, headers: { cookie: cookieFrom(accepted) } });
    expect(me.json().user.email).toBe('invitee@client.example');
    expect((await accept(secondToken)).statusCode).toBe(410);

    const listed = (await call(owner, 'GET', `/api/office/customers/${customer.id}/portal-users`)).json().items;
    expect(listed[0]).toMatchObject({ state: 'active', lastLoginAt: expect.any(String) });
    const again = await call(owner, 'POST', `/api/office/customers/${customer.id}/portal-users/${user.id}/enable`);
    expect(again.statusCode).toBe(409);
  });

  it('an invitation link expires after 7 days and does not work on another company’s portal', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
    const user = await addUser(customer.id, customer.locationIds, 'late@client.example');
    await call(owner, 'POST', `/api/office/customers/${customer.id}/portal-users/${user.id}/enable`);
    const token = await latestLinkToken(porter.ctx.db, 'late@client.example');
    const elsewhere = await porter.app.inject({ method: 'POST', url: `/api/portal/${other.slug}/accept-invitation`, headers: json, payload: { token, password: 'my-first-portal-pass' } });
    expect(elsewhere.statusCode).toBe(410);
    await inspect(porter.ctx.db).updateTable('account_tokens').set({ expires_at: new Date(Date.now() - 1).toISOString() }).where('principal_id', '=', user.id).execute();
    const late = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/accept-invitation`, headers: json, payload: { token, password: 'my-first-portal-pass' } });
    expect(late.statusCode).toBe(410);
    expect(late.json().error.message).toMatch(/expired or was already used/);
  });

  it('Lock ends live sessions at once and refuses sign-in with whom to contact; Unlock restores access', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const session = cookieFrom(await portalLogin(contact.email));
    const locked = await call(owner, 'POST', `/api/office/customers/${customer.id}/portal-users/${contact.id}/lock`);
    expect(locked.json()).toMatchObject({ state: 'locked', lockedAt: expect.any(String) });
    const open = await porter.app.inject({ url: `/api/portal/${tenant.slug}/me`, headers: { cookie: session } });
    expect(open.statusCode).toBe(403);
    expect(open.json().error).toMatchObject({ code: 'access_revoked', message: expect.stringContaining('office@gleam.example') });
    expect((await porter.app.inject({ url: `/api/portal/${tenant.slug}/me`, headers: { cookie: session } })).statusCode).toBe(401);
    const sessions = await inspect(porter.ctx.db).selectFrom('sessions').select('id').where('principal_id', '=', contact.id).execute();
    expect(sessions).toHaveLength(0);
    const refused = await portalLogin(contact.email);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Your access to the Gleam Co portal has been revoked. Please contact Gleam Co at office@gleam.example to have it restored.');
    expect((await call(owner, 'POST', `/api/office/customers/${customer.id}/portal-users/${contact.id}/enable`)).statusCode).toBe(409);

    const unlocked = await call(owner, 'POST', `/api/office/customers/${customer.id}/portal-users/${contact.id}/unlock`);
    expect(unlocked.json().state).toBe('active');
    expect((await portalLogin(contact.email)).statusCode).toBe(200);
    const audit = await inspect(porter.ctx.db).selectFrom('audit_events').select('action').where('subject', '=', `portal:${contact.id}`).execute();
    expect(audit.map((a) => a.action)).toEqual(['portal_user.locked', 'portal_user.unlocked']);
  });

  it('one email can be a portal user of several customers: one login, both accounts to choose from', async () => {
    const a = await createCustomer(porter.ctx.db, tenant.tenantId, { name: 'Alpha Towers', portal: true });
    const b = await createCustomer(porter.ctx.db, tenant.tenantId, { name: 'Beta Plaza', portal: true });
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, a.id, a.locationIds);
    const added = await call(owner, 'POST', `/api/office/customers/${b.id}/portal-users`, { name: 'Ignored Name', email: contact.email, locationIds: b.locationIds, isBillingContact: true });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ id: contact.id, name: 'Pat Contact', state: 'active', otherCustomerCount: 1, isBillingContact: true });
    const me = (await portalLogin(contact.email)).json();
    expect(me.customers.map((c: { name: string; isBillingContact: boolean }) => [c.name, c.isBillingContact])).toEqual([['Alpha Towers', false], ['Beta Plaza', true]]);
    expect(me.locations.map((l: { customerId: string }) => l.customerId)).toEqual([a.id, b.id]);

    expect((await call(owner, 'DELETE', `/api/office/customers/${b.id}/portal-users/${contact.id}`)).statusCode).toBe(204);
    const after = (await portalLogin(contact.email)).json();
    expect(after.customers.map((c: { name: string }) => c.name)).toEqual(['Alpha Towers']);
    expect(after.locations).toHaveLength(1);
    await call(owner, 'DELETE', `/api/office/customers/${a.id}/portal-users/${contact.id}`);
    expect(await inspect(porter.ctx.db).selectFrom('portal_users').select('id').where('id', '=', contact.id).execute()).toHaveLength(0);
  });

  it('edits details, locations and the billing role', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 2 });
    const user = await addUser(customer.id, [customer.locationIds[0]!]);
    const edited = await call(owner, 'PUT', `/api/office/customers/${customer.id}/portal-users/${user.id}`, {
      name: 'Pat Renamed',
      email: user.email,
      phone: '555-0100',
      locationIds: [customer.locationIds[1]!],
      isBillingContact: true,
    });
    expect(edited.json()).toMatchObject({ name: 'Pat Renamed', phone: '555-0100', isBillingContact: true, locations: [{ id: customer.locationIds[1] }] });
  });

  it('refuses technicians and supervisors changes, and answers 404 for another company’s ids', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const supervisor = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    const technician = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
    const payload = { name: 'X', email: 'x2@client.example', locationIds: customer.locationIds };
    expect((await call(supervisor, 'POST', `/api/office/customers/${customer.id}/portal-users`, payload)).statusCode).toBe(403);
    expect((await call(technician, 'GET', `/api/office/customers/${customer.id}/portal-users`)).statusCode).toBe(403);

    const theirs = await createCustomer(porter.ctx.db, other.tenantId);
    const theirUser = await createPortalUser(porter.ctx.db, other.tenantId, theirs.id, theirs.locationIds);
    const mine = await createCustomer(porter.ctx.db, tenant.tenantId);
    const cases = [
      ['GET', `/api/office/customers/${theirs.id}/portal-users`],
      ['POST', `/api/office/customers/${theirs.id}/portal-users`, { ...payload, locationIds: theirs.locationIds }],
      ['PUT', `/api/office/customers/${theirs.id}/portal-users/${theirUser.id}`, { ...payload, locationIds: theirs.locationIds }],
      ['PUT', `/api/office/customers/${mine.id}/portal-users/${theirUser.id}`, { ...payload, locationIds: mine.locationIds }],
      ['DELETE', `/api/office/customers/${theirs.id}/portal-users/${theirUser.id}`],
      ['POST', `/api/office/customers/${theirs.id}/portal-users/${theirUser.id}/enable`],
      ['POST', `/api/office/customers/${theirs.id}/portal-users/${theirUser.id}/lock`],
      ['POST', `/api/office/customers/${mine.id}/portal-users/${theirUser.id}/lock`],
      ['POST', `/api/office/customers/${theirs.id}/portal-users/${theirUser.id}/unlock`],
    ] as const;
    for (const [method, url, body] of cases) {
      expect((await call(owner, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    const row = await inspect(porter.ctx.db).selectFrom('portal_users').select(['locked_at', 'name']).where('id', '=', theirUser.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ locked_at: null, name: 'Pat Contact' });
  });
});
