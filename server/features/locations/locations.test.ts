import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFeatures } from '../../../shared/features/locations/locations.contract.ts';
import { callApi, cookieFrom, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };
const allOff = Object.fromEntries(portalFeatures.map((f) => [f, false]));
const site = { name: 'Head Office', address: '1 Main Street, Springfield', timeZone: 'America/Chicago', accessNotes: 'Key at reception' };

describe.each(testDialects())('locations on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let supervisor: string;

  const signIn = (email: string) => signInStaff(porter, email);
  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => callApi(porter, cookie, method, url, payload);

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signIn(tenant.ownerEmail);
    supervisor = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
  });
  afterAll(() => porter.close());

  it('adds a location to a customer with its portal off, and edits it', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 0 });
    const created = await call(owner, 'POST', `/api/office/customers/${customer.id}/locations`, site);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ...site, customerId: customer.id, portalEnabled: false, features: allOff, portalUsers: [] });
    const edited = await call(owner, 'PUT', `/api/office/locations/${created.json().id}`, { ...site, name: 'HQ', accessNotes: '' });
    expect(edited.json()).toMatchObject({ name: 'HQ', accessNotes: null });
    const listed = (await call(supervisor, 'GET', `/api/office/locations?customerId=${customer.id}`)).json();
    expect(listed.items).toEqual([expect.objectContaining({ name: 'HQ', portalEnabled: false })]);
  });

  it('refuses an unknown time zone and an empty address, naming the fields', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 0 });
    const response = await call(owner, 'POST', `/api/office/customers/${customer.id}/locations`, { ...site, timeZone: 'Mars/Olympus', address: '' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(['address', 'timeZone']);
  });

  it('switches the portal and each feature on and off; the customer sees exactly what is on', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 2 });
    const [first, second] = customer.locationIds as [string, string];
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const portalCookie = cookieFrom(await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/login`, headers: json, payload: { email: contact.email, password: testPassword } }));
    const me = async () => (await porter.app.inject({ url: `/api/portal/${tenant.slug}/me`, headers: { cookie: portalCookie } })).json();
    expect((await me()).locations).toEqual([]);

    const switched = await call(owner, 'PUT', `/api/office/locations/${first}/portal`, { portalEnabled: true, features: { ...allOff, serviceRequests: true, feedback: true } });
    expect(switched.json()).toMatchObject({ portalEnabled: true, features: { serviceRequests: true, feedback: true, qualityChecks: false } });
    const locations = (await me()).locations;
    expect(locations.map((l: { id: string }) => l.id)).toEqual([first]);
    expect(locations[0].features).toEqual({ ...allOff, serviceRequests: true, feedback: true });

    const direct = (id: string) => porter.app.inject({ url: `/api/portal/${tenant.slug}/locations/${id}`, headers: { cookie: portalCookie } });
    expect((await direct(first)).statusCode).toBe(200);
    expect((await direct(second)).statusCode).toBe(404);
    await call(owner, 'PUT', `/api/office/locations/${first}/portal`, { portalEnabled: false, features: allOff });
    expect((await direct(first)).statusCode).toBe(404);
  });

  it('a portal switched on with nothing in it starts with requests and feedback; later, all off stays all off', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const locationId = customer.locationIds[0]!;
    const url = `/api/office/locations/${locationId}/portal`;
    const started = await call(owner, 'PUT', url, { portalEnabled: true, features: allOff });
    expect(started.json().features).toEqual({ ...allOff, serviceRequests: true, feedback: true });

    // Once on, the office's own choice stands, even nothing at all.
    expect((await call(owner, 'PUT', url, { portalEnabled: true, features: allOff })).json().features).toEqual(allOff);
    // Switched on with a choice made, that choice is kept.
    await call(owner, 'PUT', url, { portalEnabled: false, features: allOff });
    const chosen = await call(owner, 'PUT', url, { portalEnabled: true, features: { ...allOff, supplyRequests: true } });
    expect(chosen.json().features).toEqual({ ...allOff, supplyRequests: true });
  });

  it('lets a notification style be chosen only for staff who are both assigned and trained', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const locationId = customer.locationIds[0]!;
    const manager = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    const url = `/api/office/locations/${locationId}/assignments/${manager.id}`;

    const assignedOnly = await call(owner, 'PUT', url, { assigned: true, trained: false, notificationStyle: 'email' });
    expect(assignedOnly.json()).toMatchObject({ assigned: true, trained: false, notificationStyle: null });
    const both = await call(owner, 'PUT', url, { assigned: true, trained: true, notificationStyle: 'email' });
    expect(both.json()).toMatchObject({ assigned: true, trained: true, notificationStyle: 'email', canReceiveTexts: false });

    const text = await call(owner, 'PUT', url, { assigned: true, trained: true, notificationStyle: 'text' });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.fields.notificationStyle).toMatch(/mobile number and carrier/);
    await inspect(porter.ctx.db).updateTable('staff_users').set({ mobile_phone: '(312) 555-0100', mobile_carrier: 'tmobile' }).where('id', '=', manager.id).execute();
    expect((await call(owner, 'PUT', url, { assigned: true, trained: true, notificationStyle: 'text' })).json()).toMatchObject({ notificationStyle: 'text', canReceiveTexts: true });

    const untrained = await call(owner, 'PUT', url, { assigned: true, trained: false });
    expect(untrained.json().notificationStyle).toBeNull();
    const retrained = await call(owner, 'PUT', url, { assigned: true, trained: true });
    expect(retrained.json().notificationStyle).toBe('none');

    await call(owner, 'PUT', url, { assigned: false, trained: false });
    const list = (await call(owner, 'GET', `/api/office/locations/${locationId}/assignments`)).json().items;
    expect(list.find((a: { staffId: string }) => a.staffId === manager.id)).toMatchObject({ assigned: false, trained: false, notificationStyle: null });
    expect(list.map((a: { role: string }) => a.role)).not.toContain('no_access');
  });

  it('opens the portal as a customer read-only: a banner, refused writes, and an audit entry', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['feedback'] });
    const locationId = customer.locationIds[0]!;
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const manager = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    const managerCookie = await signIn(manager.email);

    const opened = await call(managerCookie, 'POST', `/api/office/locations/${locationId}/view-as`, { portalUserId: contact.id });
    expect(opened.statusCode).toBe(200);
    expect(opened.json().portalUrl).toBe(`http://porter.test/portal/${tenant.slug}?location=${locationId}`);
    const viewCookie = cookieFrom(opened);
    expect(viewCookie).toMatch(/^porter_portal=/);

    const me = await porter.app.inject({ url: `/api/portal/${tenant.slug}/me`, headers: { cookie: viewCookie } });
    expect(me.json()).toMatchObject({ user: { id: contact.id }, viewAs: { staffName: 'A manager' } });
    const write = await porter.app.inject({ method: 'PUT', url: `/api/portal/${tenant.slug}/account`, headers: { ...json, cookie: viewCookie }, payload: { name: 'Changed', phone: null } });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('read_only');
    const password = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/change-password`, headers: { ...json, cookie: viewCookie }, payload: { currentPassword: 'x', newPassword: 'whatever-long-enough' } });
    expect(password.statusCode).toBe(403);
    const stored = await inspect(porter.ctx.db).selectFrom('portal_users').select('name').where('id', '=', contact.id).executeTakeFirstOrThrow();
    expect(stored.name).toBe('Pat Contact');

    const audit = await inspect(porter.ctx.db).selectFrom('audit_events').selectAll().where('action', '=', 'portal.viewed_as').where('actor_id', '=', manager.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ subject: `portal:${contact.id}`, details: JSON.stringify({ locationId }) });

    expect((await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/logout`, headers: { cookie: viewCookie } })).statusCode).toBe(204);
  });

  it('lets only managers and up view as a customer, and only as a portal user of that location', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, locations: 2 });
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, [customer.locationIds[0]!]);
    expect((await call(supervisor, 'POST', `/api/office/locations/${customer.locationIds[0]}/view-as`, { portalUserId: contact.id })).statusCode).toBe(403);
    expect((await call(owner, 'POST', `/api/office/locations/${customer.locationIds[1]}/view-as`, { portalUserId: contact.id })).statusCode).toBe(404);
  });

  it('answers 404 for another company’s location and customer on every route', async () => {
    const theirs = await createCustomer(porter.ctx.db, other.tenantId, { portal: true });
    const theirLocation = theirs.locationIds[0]!;
    const theirContact = await createPortalUser(porter.ctx.db, other.tenantId, theirs.id, theirs.locationIds);
    const theirStaff = await createStaff(porter.ctx.db, other.tenantId, 'manager');
    const mine = await createCustomer(porter.ctx.db, tenant.tenantId);
    const myStaff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    for (const [method, url, payload] of [
      ['GET', `/api/office/locations/${theirLocation}`],
      ['PUT', `/api/office/locations/${theirLocation}`, site],
      ['PUT', `/api/office/locations/${theirLocation}/portal`, { portalEnabled: false, features: allOff }],
      ['GET', `/api/office/locations/${theirLocation}/assignments`],
      ['PUT', `/api/office/locations/${theirLocation}/assignments/${myStaff.id}`, { assigned: true, trained: true }],
      ['PUT', `/api/office/locations/${mine.locationIds[0]}/assignments/${theirStaff.id}`, { assigned: true, trained: true }],
      ['POST', `/api/office/locations/${theirLocation}/view-as`, { portalUserId: theirContact.id }],
      ['POST', `/api/office/customers/${theirs.id}/locations`, site],
    ] as const) {
      expect((await call(owner, method, url, payload)).statusCode, `${method} ${url}`).toBe(404);
    }
    const listed = (await call(owner, 'GET', `/api/office/locations?customerId=${theirs.id}`)).json();
    expect(listed.total).toBe(0);
    const row = await inspect(porter.ctx.db).selectFrom('locations').select('portal_enabled').where('id', '=', theirLocation).executeTakeFirstOrThrow();
    expect(row.portal_enabled).toBe(true);
  });
});
