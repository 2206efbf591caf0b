import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxCustomTextLength } from '../../../shared/features/custom-fields/custom-fields.contract.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Field = { id: string; label: string; valueCount: number; archived: boolean; position: number };

describe.each(testDialects())('custom fields on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  const cookies: Record<'owner' | 'admin' | 'manager' | 'supervisor' | 'technician' | 'otherOwner', string> = {} as never;

  const call = (cookie: string, method: Method, url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const define = async (label: string, extra: object = {}): Promise<Field> => {
    const response = await call(cookies.admin, 'POST', '/api/office/custom-fields', { appliesTo: 'customer', type: 'text', label, portalVisibility: 'editable', ...extra });
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const requestsOf = (tenantId: TenantId, customerId: string) =>
    porter.ctx.db.selectFrom('service_requests').select(['subject', 'text', 'location_id', 'portal_user_id']).where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).execute();
  const switchTickets = (on: boolean) => call(cookies.admin, 'PUT', '/api/office/custom-field-settings', { portalChangeTickets: on });

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    cookies.owner = await signInStaff(porter, tenant.ownerEmail);
    cookies.otherOwner = await signInStaff(porter, other.ownerEmail);
    for (const role of ['admin', 'manager', 'supervisor', 'technician'] as const) {
      cookies[role] = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, role)).email);
    }
  });
  afterAll(() => porter.close());

  it('lets admins and owners define fields, and refuses the roles below', async () => {
    const input = { appliesTo: 'location', type: 'number', label: 'Square footage', min: 0, max: 100000, portalVisibility: 'shown' };
    expect((await call(cookies.manager, 'POST', '/api/office/custom-fields', input)).statusCode).toBe(403);
    expect((await call(cookies.technician, 'GET', '/api/office/custom-fields')).statusCode).toBe(403);
    expect((await call(cookies.supervisor, 'GET', '/api/office/custom-fields')).statusCode).toBe(200);
    const made = await call(cookies.owner, 'POST', '/api/office/custom-fields', input);
    expect(made.json()).toMatchObject({ appliesTo: 'location', type: 'number', min: 0, max: 100000, options: [], archived: false, valueCount: 0 });
    expect((await call(cookies.manager, 'DELETE', `/api/office/custom-fields/${made.json().id}`)).statusCode).toBe(403);
    expect((await call(cookies.supervisor, 'PUT', '/api/office/custom-field-settings', { portalChangeTickets: true })).statusCode).toBe(403);
  });

  it('names the field of a definition that cannot work', async () => {
    const bad = async (payload: object) => (await call(cookies.admin, 'POST', '/api/office/custom-fields', { appliesTo: 'customer', label: 'Bad', portalVisibility: 'hidden', ...payload })).json().error.fields;
    expect(await bad({ type: 'choice', options: [] })).toHaveProperty('options');
    expect(await bad({ type: 'choice', options: ['Monday', 'monday'] })).toHaveProperty('options');
    expect(await bad({ type: 'number', min: 10, max: 9 })).toHaveProperty('max');
    expect(await bad({ type: 'colour' })).toHaveProperty('type');
    expect(await bad({ type: 'text', label: ' ' })).toHaveProperty('label');
    await define('Gate code');
    const taken = await call(cookies.admin, 'POST', '/api/office/custom-fields', { appliesTo: 'customer', type: 'text', label: 'GATE CODE', portalVisibility: 'hidden' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toHaveProperty('label');
  });

  it('checks each value by its field’s type at the boundary, naming the field', async () => {
    const text = await define('Notes for the team');
    const number = await define('Head count', { type: 'number', min: 1, max: 500 });
    const date = await define('Contract start', { type: 'date', portalVisibility: 'hidden' });
    const choice = await define('Preferred day', { type: 'choice', options: ['Monday', 'Friday'] });
    const yesNo = await define('Pets', { type: 'yesNo' });
    const { id: customerId } = await createCustomer(porter.ctx.db, tenant.tenantId);
    const save = (values: Record<string, string | null>, cookie = cookies.manager) => call(cookie, 'PUT', `/api/office/customers/${customerId}/custom-fields`, { values });
    const problem = async (fieldId: string, value: string) => {
      const response = await save({ [fieldId]: value });
      expect(response.statusCode).toBe(400);
      return response.json().error.fields[`values.${fieldId}`] as string;
    };

    expect((await save({ [text.id]: 'x'.repeat(maxCustomTextLength) })).statusCode).toBe(200);
    expect(await problem(text.id, 'x'.repeat(maxCustomTextLength + 1))).toBe(`Use at most ${maxCustomTextLength} characters`);
    expect((await save({ [number.id]: '1' })).statusCode).toBe(200);
    expect((await save({ [number.id]: '500' })).statusCode).toBe(200);
    expect(await problem(number.id, '0')).toBe('Enter 1 or more');
    expect(await problem(number.id, '501')).toBe('Enter 500 or less');
    expect(await problem(number.id, 'twelve')).toMatch(/number/);
    expect((await save({ [date.id]: '2028-02-29' })).statusCode).toBe(200);
    expect(await problem(date.id, '2027-02-29')).toMatch(/date/);
    expect(await problem(date.id, '29/02/2028')).toMatch(/date/);
    expect((await save({ [choice.id]: 'Friday' })).statusCode).toBe(200);
    expect(await problem(choice.id, 'Sunday')).toBe('Choose one of the options');
    expect((await save({ [yesNo.id]: 'no' })).statusCode).toBe(200);
    expect(await problem(yesNo.id, 'maybe')).toBe('Choose yes or no');

    const read = await call(cookies.supervisor, 'GET', `/api/office/customers/${customerId}/custom-fields`);
    const values = Object.fromEntries(read.json().items.map((item: { field: Field; value: string | null; editable: boolean }) => [item.field.id, [item.value, item.editable]]));
    expect(values[number.id]).toEqual(['500', false]);
    expect(values[date.id]).toEqual(['2028-02-29', false]);
    expect(values[yesNo.id]).toEqual(['no', false]);
    // Empty clears a value.
    expect((await save({ [choice.id]: '' })).json().items.find((item: { field: Field }) => item.field.id === choice.id).value).toBeNull();
    expect((await save({ [text.id]: 'x' }, cookies.supervisor)).statusCode).toBe(403);
  });

  it('keeps the values of an archived field, and deletes them with the field', async () => {
    const field = await define('Parking');
    const { id: customerId } = await createCustomer(porter.ctx.db, tenant.tenantId);
    await call(cookies.manager, 'PUT', `/api/office/customers/${customerId}/custom-fields`, { values: { [field.id]: 'Bay 4' } });
    const change = { label: 'Parking', portalVisibility: 'editable' };
    const archived = await call(cookies.admin, 'PUT', `/api/office/custom-fields/${field.id}`, { ...change, archived: true });
    expect(archived.json()).toMatchObject({ archived: true, valueCount: 1 });
    const page = await call(cookies.manager, 'GET', `/api/office/customers/${customerId}/custom-fields`);
    expect(page.json().items.map((item: { field: Field }) => item.field.id)).not.toContain(field.id);
    expect((await call(cookies.manager, 'PUT', `/api/office/customers/${customerId}/custom-fields`, { values: { [field.id]: 'Bay 5' } })).statusCode).toBe(400);
    const restored = await call(cookies.admin, 'PUT', `/api/office/custom-fields/${field.id}`, { ...change, archived: false });
    expect(restored.json()).toMatchObject({ archived: false, valueCount: 1 });

    expect((await call(cookies.admin, 'DELETE', `/api/office/custom-fields/${field.id}`)).statusCode).toBe(204);
    expect(await porter.ctx.db.selectFrom('custom_field_values').select('id').where('tenant_id', '=', tenant.tenantId).where('field_id', '=', field.id).execute()).toEqual([]);
  });

  it('orders the fields of one kind only when every one is named once', async () => {
    const { items } = (await call(cookies.admin, 'GET', '/api/office/custom-fields')).json() as { items: (Field & { appliesTo: string })[] };
    const ids = items.filter((f) => f.appliesTo === 'customer').map((f) => f.id);
    const reversed = [...ids].reverse();
    expect((await call(cookies.admin, 'PUT', '/api/office/custom-fields/order', { appliesTo: 'customer', ids: reversed.slice(1) })).statusCode).toBe(400);
    const ordered = await call(cookies.admin, 'PUT', '/api/office/custom-fields/order', { appliesTo: 'customer', ids: reversed });
    expect(ordered.json().items.filter((f: Field & { appliesTo: string }) => f.appliesTo === 'customer').map((f: Field) => f.id)).toEqual(reversed);
  });

  it('answers 404 for another company’s fields, customers and locations', async () => {
    const field = await define('Ours only');
    const theirs = await createCustomer(porter.ctx.db, other.tenantId);
    const ours = await createCustomer(porter.ctx.db, tenant.tenantId);
    const change = { label: 'Stolen', portalVisibility: 'editable' };
    expect((await call(cookies.otherOwner, 'PUT', `/api/office/custom-fields/${field.id}`, change)).statusCode).toBe(404);
    expect((await call(cookies.otherOwner, 'DELETE', `/api/office/custom-fields/${field.id}`)).statusCode).toBe(404);
    expect((await call(cookies.otherOwner, 'GET', `/api/office/customers/${ours.id}/custom-fields`)).statusCode).toBe(404);
    expect((await call(cookies.otherOwner, 'PUT', `/api/office/locations/${ours.locationIds[0]}/custom-fields`, { values: {} })).statusCode).toBe(404);
    expect((await call(cookies.owner, 'GET', `/api/office/customers/${theirs.id}/custom-fields`)).statusCode).toBe(404);
    // Our field's id on their customer is a field they do not have.
    expect((await call(cookies.otherOwner, 'PUT', `/api/office/customers/${theirs.id}/custom-fields`, { values: { [field.id]: 'x' } })).statusCode).toBe(400);
    expect((await call(cookies.otherOwner, 'GET', '/api/office/custom-fields')).json().items).toEqual([]);
  });

  describe('in the portal', () => {
    let customer: Awaited<ReturnType<typeof createCustomer>>;
    let contact: { id: string; email: string; cookie: string };
    let alarm: Field;
    let shownField: Field;
    let hiddenField: Field;
    let dayField: Field;

    beforeAll(async () => {
      customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, locations: 2 });
      const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, [customer.locationIds[0]!]);
      contact = { ...user, cookie: await signInPortal(porter, tenant.slug, user.email) };
      alarm = await define('Alarm panel location', { appliesTo: 'location' });
      shownField = await define('Square feet', { appliesTo: 'location', type: 'number', portalVisibility: 'shown' });
      hiddenField = await define('Risk notes', { appliesTo: 'location', portalVisibility: 'hidden' });
      dayField = await define('Cleaning day', { type: 'choice', options: ['Monday', 'Friday'] });
      const location = customer.locationIds[0]!;
      await call(cookies.manager, 'PUT', `/api/office/locations/${location}/custom-fields`, { values: { [alarm.id]: 'Hall closet', [shownField.id]: '1800', [hiddenField.id]: 'Secret-risk-words' } });
    });

    const portalPut = (path: string, values: Record<string, string>, cookie = contact.cookie) => callApi(porter, cookie, 'PUT', `/api/portal/${tenant.slug}/${path}/custom-fields`, { values });

    it('shows shown and editable fields, never hidden ones', async () => {
      const response = await callApi(porter, contact.cookie, 'GET', `/api/portal/${tenant.slug}/custom-fields`);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain('Risk notes');
      expect(response.body).not.toContain('Secret-risk-words');
      expect(response.body).not.toContain(hiddenField.id);
      const location = response.json().groups.find((g: { owner: { id: string } }) => g.owner.id === customer.locationIds[0]);
      const ours = location.items.filter((item: { field: Field }) => [alarm.id, shownField.id].includes(item.field.id));
      expect(ours.map((item: { field: Field; value: string; editable: boolean }) => [item.field.label, item.value, item.editable])).toEqual([
        ['Alarm panel location', 'Hall closet', true],
        ['Square feet', '1800', false],
      ]);
      // The location they were not given is not theirs to read.
      expect(response.json().groups.map((g: { owner: { id: string } }) => g.owner.id)).not.toContain(customer.locationIds[1]);
      // Nor does a save answer the hidden field.
      const saved = await portalPut(`locations/${customer.locationIds[0]}`, { [alarm.id]: 'Hall closet' });
      expect(saved.body).not.toContain('Secret-risk-words');
    });

    it('changes editable fields only, checked as the office’s form checks them', async () => {
      const location = `locations/${customer.locationIds[0]}`;
      for (const refused of [shownField.id, hiddenField.id, 'no-such-field']) {
        const response = await portalPut(location, { [refused]: '1' });
        expect(response.statusCode).toBe(400);
        expect(response.json().error.fields[`values.${refused}`]).toBe('This field cannot be changed here');
      }
      const bad = await portalPut(`customers/${customer.id}`, { [dayField.id]: 'Sunday' });
      expect(bad.json().error.fields[`values.${dayField.id}`]).toBe('Choose one of the options');
      const saved = (await portalPut(`customers/${customer.id}`, { [dayField.id]: 'Friday' })).json();
      expect(saved.items.find((item: { field: Field }) => item.field.id === dayField.id)).toMatchObject({ value: 'Friday', editable: true });
    });

    it('answers 404 for a customer or location that is not theirs', async () => {
      const stranger = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
      expect((await portalPut(`customers/${stranger.id}`, { [dayField.id]: 'Friday' })).statusCode).toBe(404);
      expect((await portalPut(`locations/${stranger.locationIds[0]}`, { [alarm.id]: 'x' })).statusCode).toBe(404);
      expect((await portalPut(`locations/${customer.locationIds[1]}`, { [alarm.id]: 'x' })).statusCode).toBe(404);
      const elsewhere = await createCustomer(porter.ctx.db, other.tenantId, { portal: true });
      expect((await portalPut(`locations/${elsewhere.locationIds[0]}`, { [alarm.id]: 'x' })).statusCode).toBe(404);
    });

    it('opens no request while the company’s switch is off', async () => {
      await switchTickets(false);
      const before = (await requestsOf(tenant.tenantId, customer.id)).length;
      await portalPut(`locations/${customer.locationIds[0]}`, { [alarm.id]: 'Garage' });
      await callApi(porter, contact.cookie, 'PUT', `/api/portal/${tenant.slug}/account`, { name: 'Pat Contact', phone: '555-0100' });
      expect(await requestsOf(tenant.tenantId, customer.id)).toHaveLength(before);
    });

    it('opens one request per save with the switch on, saying what changed from what', async () => {
      expect((await switchTickets(true)).json()).toEqual({ portalChangeTickets: true });
      const dayCustomer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
      const user = await createPortalUser(porter.ctx.db, tenant.tenantId, dayCustomer.id, dayCustomer.locationIds);
      const cookie = await signInPortal(porter, tenant.slug, user.email);
      const location = dayCustomer.locationIds[0]!;
      await call(cookies.manager, 'PUT', `/api/office/locations/${location}/custom-fields`, { values: { [alarm.id]: 'Hall closet' } });

      const petsField = await define('Pets at home', { appliesTo: 'location', type: 'yesNo' });
      await portalPut(`locations/${location}`, { [alarm.id]: 'Garage', [petsField.id]: 'yes', [shownField.id]: '' }, cookie).then((r) => expect(r.statusCode).toBe(400));
      const saved = await portalPut(`locations/${location}`, { [alarm.id]: 'Garage', [petsField.id]: 'yes' }, cookie);
      expect(saved.statusCode).toBe(200);
      const requests = await requestsOf(tenant.tenantId, dayCustomer.id);
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({ subject: 'Changed in the portal: Alarm panel location, Pets at home', location_id: location, portal_user_id: user.id });
      expect(requests[0]!.text).toBe(['Pat Contact changed these details of Site 1 in the portal:', '- Alarm panel location: “Hall closet” → “Garage”', '- Pets at home: (empty) → Yes'].join('\n'));

      // Saving the same values again changes nothing, and opens nothing.
      await portalPut(`locations/${location}`, { [alarm.id]: 'Garage' }, cookie);
      expect(await requestsOf(tenant.tenantId, dayCustomer.id)).toHaveLength(1);

      const renamed = await callApi(porter, cookie, 'PUT', `/api/portal/${tenant.slug}/account`, { name: 'Patricia Contact', phone: '555-0199' });
      expect(renamed.statusCode).toBe(200);
      const after = await requestsOf(tenant.tenantId, dayCustomer.id);
      expect(after).toHaveLength(2);
      expect(after.map((r) => r.text)).toContain(['Patricia Contact changed these details of the contact Pat Contact in the portal:', '- Name: “Pat Contact” → “Patricia Contact”', '- Phone: (empty) → 555-0199'].join('\n'));
      // The office finds it in the requests inbox like any other.
      const inbox = await call(cookies.manager, 'GET', '/api/office/requests');
      expect(JSON.stringify(inbox.json())).toContain('Changed in the portal: Name, Phone');
    });

    it('opens one request for the contacts a customer changes, and none for reminder choices alone', async () => {
      await switchTickets(true);
      await porter.ctx.db.updateTable('tenants').set({ customers_manage_notifications: true }).where('id', '=', tenant.tenantId).execute();
      const home = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, name: 'Hollis Home' });
      const user = await createPortalUser(porter.ctx.db, tenant.tenantId, home.id, home.locationIds);
      const cookie = await signInPortal(porter, tenant.slug, user.email);
      const put = (contacts: object[]) => callApi(porter, cookie, 'PUT', `/api/portal/${tenant.slug}/customers/${home.id}/reminders`, { contacts });
      const henry = { name: 'Henry Hollis', email: 'henry@example.test', mobile: '', threeDaysBefore: true, oneDayBefore: true };
      expect((await put([henry])).statusCode).toBe(200);
      const saved = (await callApi(porter, cookie, 'GET', `/api/portal/${tenant.slug}/customers/${home.id}/reminders`)).json().contacts as { id: string }[];
      expect((await put([{ ...henry, id: saved[0]!.id, oneDayBefore: false }])).statusCode).toBe(200);
      expect((await put([{ ...henry, id: saved[0]!.id, oneDayBefore: false, mobile: '555-0142' }])).statusCode).toBe(200);
      const texts = (await requestsOf(tenant.tenantId, home.id)).map((r) => r.text).sort();
      expect(texts).toEqual([
        ['Pat Contact changed these details of Hollis Home in the portal:', '- Henry Hollis: (empty) → Henry Hollis · henry@example.test'].join('\n'),
        ['Pat Contact changed these details of Hollis Home in the portal:', '- Henry Hollis: Henry Hollis · henry@example.test → Henry Hollis · henry@example.test · 555-0142'].join('\n'),
      ]);
    });
  });
});
