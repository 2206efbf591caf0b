import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerReminders } from '../../../shared/features/reminders/reminders.contract.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, cookieFrom, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

describe.each(testDialects())('who chooses visit reminders on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;

  /** A customer with two contacts (entered on the office's customer form) and a portal user signed in. */
  async function customerWithContacts() {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { name: 'Harbour Dental', portal: true });
    const saved = await callApi(porter, owner, 'PUT', `/api/office/customers/${customer.id}`, {
      name: 'Harbour Dental',
      type: 'commercial',
      contacts: [
        { name: 'Ana Ruiz', email: 'ana@harbour.test', mobile: '555 201 3344' },
        { name: 'Ben Cole', email: null, mobile: null },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const [ana, ben] = saved.json().contacts as { id: string }[];
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    return { customer, ana: ana!, ben: ben!, user, portal: await signInPortal(porter, tenant.slug, user.email) };
  }

  const officePut = (cookie: string, customerId: string, contacts: object[]) => callApi(porter, cookie, 'PUT', `/api/office/customers/${customerId}/reminders`, { contacts });
  const portalUrl = (customerId: string) => `/api/portal/${tenant.slug}/customers/${customerId}/reminders`;
  const setCustomersManage = (on: boolean) => inspect(porter.ctx.db).updateTable('tenants').set({ customers_manage_notifications: on }).where('id', '=', tenant.tenantId).execute();

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { housekeeping: false });
    tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
  });
  afterAll(() => porter.close());

  it('lets the office turn each contact’s reminders on and off, and keeps them when the customer form is saved again', async () => {
    const { customer, ana, ben } = await customerWithContacts();
    const none: CustomerReminders = (await callApi(porter, owner, 'GET', `/api/office/customers/${customer.id}/reminders`)).json();
    expect(none.contacts.map((c) => [c.name, c.threeDaysBefore, c.oneDayBefore])).toEqual([
      ['Ana Ruiz', false, false],
      ['Ben Cole', false, false],
    ]);

    const set = await officePut(owner, customer.id, [{ id: ana.id, threeDaysBefore: true, oneDayBefore: true }, { id: ben.id }]);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().contacts[0]).toMatchObject({ name: 'Ana Ruiz', email: 'ana@harbour.test', threeDaysBefore: true, oneDayBefore: true });

    // The customer form writes every contact again, keeping their ids: the reminders stay.
    await callApi(porter, owner, 'PUT', `/api/office/customers/${customer.id}`, { name: 'Harbour Dental', type: 'commercial', contacts: [{ id: ana.id, name: 'Ana Ruiz-Vega', email: 'ana@harbour.test' }] });
    const after: CustomerReminders = (await callApi(porter, owner, 'GET', `/api/office/customers/${customer.id}/reminders`)).json();
    expect(after.contacts).toEqual([expect.objectContaining({ id: ana.id, name: 'Ana Ruiz-Vega', threeDaysBefore: true, oneDayBefore: true })]);
  });

  it('refuses to remind a contact with no email or mobile, and a contact of another customer, naming the field', async () => {
    const { customer, ana, ben } = await customerWithContacts();
    const other = await customerWithContacts();
    const nowhere = await officePut(owner, customer.id, [{ id: ana.id }, { id: ben.id, oneDayBefore: true }]);
    expect(nowhere.statusCode).toBe(400);
    expect(Object.keys(nowhere.json().error.fields)).toEqual(['contacts.1.email']);
    const stranger = await officePut(owner, customer.id, [{ id: other.ana.id, oneDayBefore: true }]);
    expect(stranger.statusCode).toBe(400);
    expect(Object.keys(stranger.json().error.fields)).toEqual(['contacts.0.id']);
  });

  it('lets supervisors look and managers change; another company’s customer is not found', async () => {
    const { customer, ana } = await customerWithContacts();
    const [technician, supervisor, manager] = await Promise.all(
      (['technician', 'supervisor', 'manager'] as const).map(async (role) => signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, role)).email)),
    );
    expect((await callApi(porter, technician!, 'GET', `/api/office/customers/${customer.id}/reminders`)).statusCode).toBe(403);
    expect((await callApi(porter, supervisor!, 'GET', `/api/office/customers/${customer.id}/reminders`)).statusCode).toBe(200);
    expect((await officePut(supervisor!, customer.id, [{ id: ana.id, oneDayBefore: true }])).statusCode).toBe(403);
    expect((await officePut(manager!, customer.id, [{ id: ana.id, oneDayBefore: true }])).statusCode).toBe(200);

    const rival = await createTenant(porter.ctx.db);
    const rivalOwner = await signInStaff(porter, rival.ownerEmail);
    expect((await callApi(porter, rivalOwner, 'GET', `/api/office/customers/${customer.id}/reminders`)).statusCode).toBe(404);
    expect((await officePut(rivalOwner, customer.id, [{ id: ana.id, oneDayBefore: true }])).statusCode).toBe(404);
  });

  it('lets the customer change contacts and reminders in the portal when the company allows it, and only read them when it does not', async () => {
    const { customer, ana, ben, portal } = await customerWithContacts();
    await setCustomersManage(true);
    expect((await callApi(porter, portal, 'GET', portalUrl(customer.id))).json()).toMatchObject({ customerName: 'Harbour Dental', canEdit: true });

    const saved = await callApi(porter, portal, 'PUT', portalUrl(customer.id), {
      contacts: [
        { id: ana.id, name: 'Ana Ruiz', email: 'ana.ruiz@harbour.test', mobile: '', threeDaysBefore: true },
        { name: 'Cleo Park', email: 'cleo@harbour.test', mobile: '555 010 9090', mobileCarrier: 'other', mobileCarrierDomain: 'SMS.Harbour-Mobile.net', oneDayBefore: true },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const body: CustomerReminders = saved.json();
    expect(body.contacts.map((c) => [c.name, c.email, c.mobile, c.threeDaysBefore, c.oneDayBefore])).toEqual([
      ['Ana Ruiz', 'ana.ruiz@harbour.test', null, true, false],
      ['Cleo Park', 'cleo@harbour.test', '555 010 9090', false, true],
    ]);
    expect(body.contacts.map((c) => [c.mobileCarrier, c.mobileCarrierDomain])).toEqual([[null, null], ['other', 'sms.harbour-mobile.net']]);
    expect(body.contacts[0]!.id).toBe(ana.id);
    expect(body.contacts.map((c) => c.id)).not.toContain(ben.id);
    // The office finds the customer by the contact the customer added.
    const found = (await callApi(porter, owner, 'GET', '/api/office/customers?q=cleo')).json();
    expect(found.items.map((c: { id: string }) => c.id)).toContain(customer.id);

    await setCustomersManage(false);
    try {
      const readOnly: CustomerReminders = (await callApi(porter, portal, 'GET', portalUrl(customer.id))).json();
      expect(readOnly).toMatchObject({ canEdit: false, contacts: [{ name: 'Ana Ruiz', threeDaysBefore: true }, { name: 'Cleo Park', oneDayBefore: true }] });
      const refused = await callApi(porter, portal, 'PUT', portalUrl(customer.id), { contacts: [] });
      expect(refused.statusCode).toBe(403);
      expect((await callApi(porter, owner, 'GET', `/api/office/customers/${customer.id}/reminders`)).json().contacts).toHaveLength(2);
      // The office still sets them.
      expect((await officePut(owner, customer.id, [{ id: ana.id, oneDayBefore: true }])).statusCode).toBe(200);
    } finally {
      await setCustomersManage(true);
    }
  });

  it('refuses a contact reminded without an address, and an id that is not the customer’s, naming the field', async () => {
    const { customer, portal } = await customerWithContacts();
    const other = await customerWithContacts();
    const nowhere = await callApi(porter, portal, 'PUT', portalUrl(customer.id), { contacts: [{ name: 'Dee', email: '', mobile: '', threeDaysBefore: true }] });
    expect(nowhere.statusCode).toBe(400);
    expect(Object.keys(nowhere.json().error.fields)).toEqual(['contacts.0.email']);
    const stolen = await callApi(porter, portal, 'PUT', portalUrl(customer.id), { contacts: [{ id: other.ana.id, name: 'Ana', email: 'a@b.test' }] });
    expect(stolen.statusCode).toBe(400);
    expect(Object.keys(stolen.json().error.fields)).toEqual(['contacts.0.id']);
    const badEmail = await callApi(porter, portal, 'PUT', portalUrl(customer.id), { contacts: [{ name: 'Dee', email: 'not-an-email' }] });
    expect(Object.keys(badEmail.json().error.fields)).toEqual(['contacts.0.email']);
    const badCarrier = await callApi(porter, portal, 'PUT', portalUrl(customer.id), {
      contacts: [{ name: 'Dee', email: 'dee@b.test', mobile: '555 010 1111', mobileCarrier: 'other', mobileCarrierDomain: '' }, { name: 'Eli', mobileCarrier: 'pigeon' }],
    });
    expect(badCarrier.statusCode).toBe(400);
    expect(Object.keys(badCarrier.json().error.fields).sort()).toEqual(['contacts.0.mobileCarrierDomain', 'contacts.1.mobileCarrier']);
  });

  it('answers 404 for another customer’s or an archived customer’s reminders in the portal, and keeps staff viewing as the customer read-only', async () => {
    const mine = await customerWithContacts();
    const theirs = await customerWithContacts();
    expect((await callApi(porter, mine.portal, 'GET', portalUrl(theirs.customer.id))).statusCode).toBe(404);
    expect((await callApi(porter, mine.portal, 'PUT', portalUrl(theirs.customer.id), { contacts: [] })).statusCode).toBe(404);
    await inspect(porter.ctx.db).updateTable('customers').set({ archived_at: new Date().toISOString() }).where('id', '=', theirs.customer.id).execute();
    // An archived customer's reminders are no one's to see.
    expect((await callApi(porter, theirs.portal, 'GET', portalUrl(theirs.customer.id))).statusCode).toBe(404);

    const opened = await callApi(porter, owner, 'POST', `/api/office/locations/${mine.customer.locationIds[0]!}/view-as`, { portalUserId: mine.user.id });
    const viewer = cookieFrom(opened);
    expect((await callApi(porter, viewer, 'GET', portalUrl(mine.customer.id))).statusCode).toBe(200);
    expect((await callApi(porter, viewer, 'PUT', portalUrl(mine.customer.id), { contacts: [] })).json().error.code).toBe('read_only');
  });

  it('lets admins choose the reminder hour, 0 to 23', async () => {
    expect((await callApi(porter, owner, 'GET', '/api/office/reminder-settings')).json()).toEqual({ reminderHour: 17, customersManageNotifications: true });
    expect((await callApi(porter, owner, 'PUT', '/api/office/reminder-settings', { reminderHour: 8 })).json()).toMatchObject({ reminderHour: 8 });
    const late = await callApi(porter, owner, 'PUT', '/api/office/reminder-settings', { reminderHour: 24 });
    expect(late.statusCode).toBe(400);
    expect(Object.keys(late.json().error.fields)).toEqual(['reminderHour']);
    expect((await callApi(porter, owner, 'PUT', '/api/office/reminder-settings', { reminderHour: 0 })).statusCode).toBe(200);
    const manager = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    expect((await callApi(porter, manager, 'PUT', '/api/office/reminder-settings', { reminderHour: 9 })).statusCode).toBe(403);
    expect((await callApi(porter, manager, 'GET', '/api/office/reminder-settings')).statusCode).toBe(403);
    await callApi(porter, owner, 'PUT', '/api/office/reminder-settings', { reminderHour: 17 });
  });
});
