import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxKeysPerCustomer } from '../../../shared/features/keys/keys.contract.ts';
import { newId } from '../../lib/ids.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Key = { id: string; locationId: string; locationName: string; label: string; kind: string; hasCode: boolean; notes: string | null; holder: { id: string; name: string } | null; heldSince: string | null };

describe.each(testDialects())('key rings on %s', (kind) => {
  let porter: TestPorter;
  const logLines: string[] = [];
  const clock = testClock(new Date('2026-12-10T15:00:00.000Z'));
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let supervisor: string;
  let otherOwner: string;
  let tech: { id: string; cookie: string };
  let outsider: { id: string; cookie: string };

  const call = (cookie: string, method: Method, url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const addKey = (cookie: string, customerId: string, body: object) => call(cookie, 'POST', `/api/office/customers/${customerId}/keys`, body);
  const person = async (tenantId: TenantId, role: 'technician' | 'supervisor' | 'manager') => {
    const staff = await createStaff(porter.ctx.db, tenantId, role);
    return { id: staff.id, cookie: await signInStaff(porter, staff.email) };
  };

  /** A visit at the location with `teamIds` on its team, written directly: the keys feature only reads visits. */
  async function visitAt(tenantId: TenantId, customerId: string, locationId: string, teamIds: string[]): Promise<string> {
    const id = newId();
    const stamp = clock.now().toISOString();
    await porter.ctx.db
      .insertInto('visits')
      .values({ id, tenant_id: tenantId, customer_id: customerId, location_id: locationId, account_service_id: null, original_date: null, name: 'Weekly clean', starts_at: stamp, duration_minutes: 120, status: 'scheduled', price: 0, created_at: stamp, updated_at: stamp })
      .execute();
    for (const staffId of teamIds) await porter.ctx.db.insertInto('visit_team').values({ tenant_id: tenantId, visit_id: id, staff_user_id: staffId }).execute();
    return id;
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind, { LOG_LEVEL: 'trace' }, { logStream: { write: (line) => void logLines.push(line) }, housekeeping: false, now: clock.now });
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    otherOwner = await signInStaff(porter, other.ownerEmail);
    supervisor = (await person(tenant.tenantId, 'supervisor')).cookie;
    tech = await person(tenant.tenantId, 'technician');
    outsider = await person(tenant.tenantId, 'technician');
  });
  afterAll(() => porter.close());

  it('adds, lists by location and label, changes and removes keys; a code is masked until revealed', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 2 });
    const [siteOne, siteTwo] = customer.locationIds as [string, string];
    expect((await call(supervisor, 'GET', `/api/office/customers/${customer.id}/keys`)).json()).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });

    const alarm = await addKey(supervisor, customer.id, { locationId: siteOne, label: ' Alarm panel ', kind: 'code', code: '4711#', notes: '' });
    expect(alarm.statusCode).toBe(201);
    expect(alarm.json()).toMatchObject({ label: 'Alarm panel', kind: 'code', hasCode: true, notes: null, holder: null, locationName: 'Site 1' });
    expect(alarm.body).not.toContain('4711#');
    const door = (await addKey(supervisor, customer.id, { locationId: siteTwo, label: 'Back door', kind: 'key' })).json() as Key;
    const fob = (await addKey(supervisor, customer.id, { locationId: siteOne, label: 'Boiler room fob', kind: 'fob' })).json() as Key;

    const list = (await call(owner, 'GET', `/api/office/customers/${customer.id}/keys`)).json();
    expect(list.total).toBe(3);
    expect(list.items.map((key: Key) => key.label)).toEqual(['Alarm panel', 'Boiler room fob', 'Back door']);
    expect(JSON.stringify(list)).not.toContain('4711#');
    const paged = (await call(owner, 'GET', `/api/office/customers/${customer.id}/keys?page=2&pageSize=2`)).json();
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items.map((key: Key) => key.id)).toEqual([door.id]);

    const revealed = await call(supervisor, 'GET', `/api/office/keys/${alarm.json().id}/code`);
    expect(revealed.json()).toEqual({ code: '4711#' });
    expect(revealed.headers['cache-control']).toBe('no-store');
    const audit = await inspect(porter.ctx.db).selectFrom('audit_events').select(['action', 'details']).where('subject', '=', alarm.json().id).execute();
    expect(audit).toEqual([{ action: 'key.code_revealed', details: null }]);

    const changed = await call(supervisor, 'PUT', `/api/office/keys/${fob.id}`, { locationId: siteTwo, label: 'Boiler fob', kind: 'fob', code: '1234', notes: 'PIN after 8 pm' });
    expect(changed.json()).toMatchObject({ id: fob.id, locationId: siteTwo, label: 'Boiler fob', hasCode: true, notes: 'PIN after 8 pm' });

    expect((await call(supervisor, 'DELETE', `/api/office/keys/${door.id}`)).statusCode).toBe(204);
    expect((await call(supervisor, 'GET', `/api/office/keys/${door.id}/log`)).statusCode).toBe(404);
    expect((await call(owner, 'GET', `/api/office/customers/${customer.id}/keys`)).json().total).toBe(2);
    // The code never reaches the log, even at its most detailed.
    expect(logLines.join('\n')).not.toContain('4711#');
    expect(logLines.join('\n')).not.toContain('1234"');
  });

  it('names the field of bad input: no label, an unknown kind, a code without its code, another customer’s location', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const stranger = await createCustomer(porter.ctx.db, tenant.tenantId);
    const cases: [object, string][] = [
      [{ locationId: customer.locationIds[0], label: '  ', kind: 'key' }, 'label'],
      [{ locationId: customer.locationIds[0], label: 'Door', kind: 'padlock' }, 'kind'],
      [{ locationId: customer.locationIds[0], label: 'Alarm', kind: 'code', code: '' }, 'code'],
      [{ locationId: stranger.locationIds[0], label: 'Door', kind: 'key' }, 'locationId'],
    ];
    for (const [body, field] of cases) {
      const response = await addKey(supervisor, customer.id, body);
      expect(response.statusCode, field).toBe(400);
      expect(response.json().error.fields, field).toHaveProperty(field);
    }
  });

  it('checks a key out and back in, logging who, when and who wrote it; 409 naming the holder when it is out, 409 returning a key in the office', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const key = (await addKey(supervisor, customer.id, { locationId: customer.locationIds[0], label: 'Front door', kind: 'key' })).json() as Key;

    const notOut = await call(supervisor, 'POST', `/api/office/keys/${key.id}/return`, {});
    expect(notOut.statusCode).toBe(409);
    expect(notOut.json().error.message).toContain('Front door');

    const out = await call(supervisor, 'POST', `/api/office/keys/${key.id}/check-out`, { staffId: tech.id, at: '2026-12-10T07:30:00.000Z' });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toMatchObject({ holder: { id: tech.id, name: 'A technician' }, heldSince: '2026-12-10T07:30:00.000Z' });

    const again = await call(owner, 'POST', `/api/office/keys/${key.id}/check-out`, { staffId: outsider.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Front door is already checked out to A technician. Record its return first.');
    expect(again.json().error.fields.staffId).toBe('Held by A technician');

    const early = await call(supervisor, 'POST', `/api/office/keys/${key.id}/return`, { at: '2026-12-10T07:00:00.000Z' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields).toHaveProperty('at');
    const future = await call(supervisor, 'POST', `/api/office/keys/${key.id}/return`, { at: '2026-12-10T16:00:00.000Z' });
    expect(future.json().error.fields).toHaveProperty('at');

    const back = await call(owner, 'POST', `/api/office/keys/${key.id}/return`, {});
    expect(back.json()).toMatchObject({ holder: null, heldSince: null });

    const log = (await call(supervisor, 'GET', `/api/office/keys/${key.id}/log`)).json();
    expect(log.total).toBe(2);
    expect(log.items).toMatchObject([
      { kind: 'returned', staff: { id: tech.id }, recordedBy: { name: 'Owner' }, at: '2026-12-10T15:00:00.000Z' },
      { kind: 'checked_out', staff: { id: tech.id }, recordedBy: { name: 'A supervisor' }, at: '2026-12-10T07:30:00.000Z' },
    ]);
  });

  it('hands keys only to staff who can sign in, and offers only them', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const key = (await addKey(supervisor, customer.id, { locationId: customer.locationIds[0], label: 'Gate', kind: 'key' })).json() as Key;
    const leaver = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    await porter.ctx.db.updateTable('staff_users').set({ deactivated_at: clock.now().toISOString() }).where('tenant_id', '=', tenant.tenantId).where('id', '=', leaver.id).execute();
    const otherStaff = await createStaff(porter.ctx.db, other.tenantId, 'technician');
    for (const staffId of [leaver.id, otherStaff.id]) {
      const response = await call(supervisor, 'POST', `/api/office/keys/${key.id}/check-out`, { staffId });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toHaveProperty('staffId');
    }
    const holders = (await call(supervisor, 'GET', '/api/office/key-holders')).json().items.map((p: { id: string }) => p.id);
    expect(holders).toContain(tech.id);
    expect(holders).not.toContain(leaver.id);
    expect(holders).not.toContain(otherStaff.id);
  });

  it(`takes ${maxKeysPerCustomer} keys per customer and refuses one more naming the field`, async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const stamp = clock.now().toISOString();
    const rows = Array.from({ length: maxKeysPerCustomer }, (_, i) => ({ id: newId(), tenant_id: tenant.tenantId, location_id: customer.locationIds[0]!, label: `Key ${i}`, kind: 'key' as const, code: null, notes: null, holder_staff_id: null, held_since: null, created_at: stamp, updated_at: stamp }));
    await porter.ctx.db.insertInto('customer_keys').values(rows).execute();
    const response = await addKey(supervisor, customer.id, { locationId: customer.locationIds[0], label: 'One more', kind: 'key' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('label');
  });

  it('shows a visit’s team the keys of its location, with codes; anyone else gets 404', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 2 });
    const [site, elsewhere] = customer.locationIds as [string, string];
    const alarm = (await addKey(supervisor, customer.id, { locationId: site, label: 'Alarm', kind: 'code', code: '9090' })).json() as Key;
    await addKey(supervisor, customer.id, { locationId: elsewhere, label: 'Other site door', kind: 'key' });
    const door = (await addKey(supervisor, customer.id, { locationId: site, label: 'Door', kind: 'key' })).json() as Key;
    await call(supervisor, 'POST', `/api/office/keys/${door.id}/check-out`, { staffId: tech.id });
    const visitId = await visitAt(tenant.tenantId, customer.id, site, [tech.id]);

    const seen = await call(tech.cookie, 'GET', `/api/field/visits/${visitId}/keys`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toEqual({
      items: [
        { id: alarm.id, label: 'Alarm', kind: 'code', code: '9090', notes: null, holder: null },
        { id: door.id, label: 'Door', kind: 'key', code: null, notes: null, holder: { id: tech.id, name: 'A technician' } },
      ],
    });
    // Not on the team: another technician, the owner, another company's owner.
    for (const cookie of [outsider.cookie, owner, otherOwner]) expect((await call(cookie, 'GET', `/api/field/visits/${visitId}/keys`)).statusCode).toBe(404);
  });

  it('answers 404 to another company’s customers and keys', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const key = (await addKey(supervisor, customer.id, { locationId: customer.locationIds[0], label: 'Door', kind: 'code', code: '1111' })).json() as Key;
    const attempts: [Method, string, object?][] = [
      ['GET', `/api/office/customers/${customer.id}/keys`],
      ['POST', `/api/office/customers/${customer.id}/keys`, { locationId: customer.locationIds[0], label: 'Mine now', kind: 'key' }],
      ['PUT', `/api/office/keys/${key.id}`, { locationId: customer.locationIds[0], label: 'Mine now', kind: 'key' }],
      ['GET', `/api/office/keys/${key.id}/code`],
      ['GET', `/api/office/keys/${key.id}/log`],
      ['POST', `/api/office/keys/${key.id}/check-out`, { staffId: other.ownerId }],
      ['POST', `/api/office/keys/${key.id}/return`, {}],
      ['DELETE', `/api/office/keys/${key.id}`],
    ];
    for (const [method, url, body] of attempts) expect((await call(otherOwner, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    expect((await call(owner, 'GET', `/api/office/keys/${key.id}/code`)).json()).toEqual({ code: '1111' });
  });

  it('lets supervisors and up manage keys, and technicians nothing in the office', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const body = { locationId: customer.locationIds[0], label: 'Door', kind: 'key' };
    expect((await addKey(tech.cookie, customer.id, body)).statusCode).toBe(403);
    expect((await call(tech.cookie, 'GET', `/api/office/customers/${customer.id}/keys`)).statusCode).toBe(403);
    const manager = await person(tenant.tenantId, 'manager');
    expect((await addKey(manager.cookie, customer.id, body)).statusCode).toBe(201);
    expect((await addKey(supervisor, customer.id, body)).statusCode).toBe(201);
  });
});
