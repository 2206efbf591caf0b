import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

type Method = 'GET' | 'PUT';

describe.each(testDialects())('a customer’s notifications and service agreement on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let manager: string;
  let supervisor: string;
  let otherOwner: string;
  let customer: { id: string; locationIds: string[] };
  let carla: string;
  let pat: { id: string; email: string };
  let bill: { id: string; email: string };

  const call = (cookie: string, method: Method, url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const noticesOf = (id = customer.id) => `/api/office/customers/${id}/notices`;
  const agreementOf = (id = customer.id) => `/api/office/customers/${id}/agreement`;
  const allOn = { onMyWay: true, visitDone: true, visitChanges: true };
  const switchInvoicing = (on: boolean) => call(owner, 'PUT', '/api/office/settings/addons', { textMessaging: false, invoiceCalculation: on, audits: false });

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    otherOwner = await signInStaff(porter, other.ownerEmail);
    manager = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    supervisor = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    customer = await createCustomer(porter.ctx.db, tenant.tenantId, { name: 'Harborview Dental', portal: true });
    const db = porter.ctx.db;
    carla = newId();
    await db.insertInto('customer_contacts').values({ id: carla, tenant_id: tenant.tenantId, customer_id: customer.id, name: 'Carla Customer', email: 'carla@harborview.example', mobile: '(503) 555-0101', mobile_carrier: 'verizon', mobile_carrier_domain: null, position: 0 }).execute();
    await db.insertInto('reminder_choices').values([1, 3].map((days) => ({ tenant_id: tenant.tenantId, customer_id: customer.id, contact_id: carla, days_before: days, enabled: true, updated_at: isoNow() }))).execute();
    pat = await createPortalUser(db, tenant.tenantId, customer.id, customer.locationIds);
    bill = await createPortalUser(db, tenant.tenantId, customer.id, []);
    await db.updateTable('portal_user_customers').set({ is_billing_contact: true }).where('tenant_id', '=', tenant.tenantId).where('portal_user_id', '=', bill.id).execute();
    const place = { tenant_id: tenant.tenantId, customer_id: customer.id, location_id: customer.locationIds[0]! };
    const now = isoNow();
    const weekly = newId();
    await db.insertInto('account_services').values([
      { ...place, id: weekly, service_id: null, name: 'Office clean', rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH;WKST=MO', start_date: '2026-01-05', start_time: '18:00', duration_minutes: 120, price: 9500, status: 'scheduled', created_at: now, updated_at: now },
      { ...place, id: newId(), service_id: null, name: 'Window wash', rrule: 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15', start_date: '2026-01-15', start_time: '09:00', duration_minutes: 60, price: 12000, status: 'scheduled', created_at: now, updated_at: now },
      { ...place, id: newId(), service_id: null, name: 'Move-in clean', rrule: null, start_date: '2099-01-15', start_time: '09:00', duration_minutes: 60, price: 30000, status: 'scheduled', created_at: now, updated_at: now },
      { ...place, id: newId(), service_id: null, name: 'Ended clean', rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=FR;WKST=MO', start_date: '2025-01-03', start_time: '09:00', duration_minutes: 60, price: 5000, status: 'scheduled', ends_on: '2025-06-01', created_at: now, updated_at: now },
      { ...place, id: newId(), service_id: null, name: 'Waiting clean', rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=FR;WKST=MO', start_date: '2026-01-03', start_time: '09:00', duration_minutes: 60, price: 5000, status: 'waiting', created_at: now, updated_at: now },
    ]).execute();
    await db.insertInto('quotes').values([
      { ...place, id: newId(), number: 'Q-2026-0007', status: 'accepted', title: 'Twice-weekly office cleaning', terms: 'Terms', valid_until: '2099-12-31', currency: 'USD', total: 9500, accepted_at: now, accepted_name: 'Carla Customer', account_service_id: weekly, created_at: now, updated_at: now },
      { ...place, id: newId(), number: 'Q-2026-0008', status: 'sent', title: 'Carpet care', terms: 'Terms', valid_until: '2099-12-31', currency: 'USD', total: 4000, created_at: now, updated_at: now },
    ]).execute();
  });
  afterAll(() => porter.close());

  describe('notifications', () => {
    it('lists what each contact and portal user gets, and how', async () => {
      const response = await call(supervisor, 'GET', noticesOf());
      expect(response.statusCode).toBe(200);
      const { switches, people } = response.json();
      expect(switches).toEqual(allOn);
      const byId = (id: string) => people.find((person: { id: string }) => person.id === id);
      expect(byId(carla)).toMatchObject({ kind: 'contact', name: 'Carla Customer', notices: [{ kind: 'reminder3Days', channels: ['email', 'text'] }, { kind: 'reminder1Day', channels: ['email', 'text'] }] });
      expect(byId(pat.id)).toMatchObject({ kind: 'portalUser', email: pat.email, notices: [{ kind: 'onMyWay' }, { kind: 'visitDone' }, { kind: 'visitChanges' }] });
      // A billing contact with no location hears of invoices and quotes only.
      expect(byId(bill.id).notices.map((notice: { kind: string }) => notice.kind)).toEqual(['invoices', 'quotes']);
    });

    it('lets a manager switch the visit notices off, in the audit log, and takes them off the list', async () => {
      const saved = await call(manager, 'PUT', noticesOf(), { ...allOn, onMyWay: false });
      expect(saved.statusCode).toBe(200);
      expect(saved.json().switches).toEqual({ ...allOn, onMyWay: false });
      expect(saved.json().people.find((person: { id: string }) => person.id === pat.id).notices.map((notice: { kind: string }) => notice.kind)).toEqual(['visitDone', 'visitChanges']);
      const audit = await inspect(porter.ctx.db).selectFrom('audit_events').select(['subject']).where('tenant_id', '=', tenant.tenantId).where('action', '=', 'customer.notices_changed').execute();
      expect(audit).toEqual([{ subject: customer.id }]);
      const bad = await call(manager, 'PUT', noticesOf(), { ...allOn, visitDone: 'no' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields).toHaveProperty('visitDone');
      await call(manager, 'PUT', noticesOf(), allOn);
    });

    it('lets supervisors look but not switch, technicians neither', async () => {
      expect((await call(supervisor, 'PUT', noticesOf(), allOn)).statusCode).toBe(403);
      const technician = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
      expect((await call(technician, 'GET', noticesOf())).statusCode).toBe(403);
    });

    it('answers 404 for another company’s customer, either way', async () => {
      expect((await call(otherOwner, 'GET', noticesOf())).statusCode).toBe(404);
      expect((await call(otherOwner, 'PUT', noticesOf(), allOn)).statusCode).toBe(404);
      expect((await call(owner, 'GET', noticesOf(newId()))).statusCode).toBe(404);
      expect((await call(owner, 'GET', noticesOf())).json().switches).toEqual(allOn);
    });
  });

  describe('service agreement', () => {
    it('is not there while invoice calculation is off', async () => {
      expect((await call(owner, 'GET', agreementOf())).statusCode).toBe(404);
    });

    it('lists accepted quotes and the scheduled services still running, with totals per week and per month', async () => {
      await switchInvoicing(true);
      const response = await call(manager, 'GET', agreementOf());
      expect(response.statusCode).toBe(200);
      const agreement = response.json();
      expect(agreement.currency).toBe('USD');
      expect(agreement.quotes).toMatchObject([{ number: 'Q-2026-0007', title: 'Twice-weekly office cleaning', total: 9500, acceptedName: 'Carla Customer' }]);
      expect(agreement.services.map((service: { name: string }) => service.name)).toEqual(['Move-in clean', 'Office clean', 'Window wash']);
      expect(agreement.services.find((service: { name: string }) => service.name === 'Office clean')).toMatchObject({ price: 9500, fromQuote: 'Q-2026-0007', frequency: { kind: 'weekly', interval: 1, days: ['MO', 'TH'] } });
      // Two visits a week at 95.00; one a month at 120.00; the one-off is in no period.
      expect(agreement.totals).toEqual([{ unit: 'week', interval: 1, amount: 19000 }, { unit: 'month', interval: 1, amount: 12000 }]);
    });

    it('is for managers and above, and for the customer’s own company', async () => {
      expect((await call(supervisor, 'GET', agreementOf())).statusCode).toBe(403);
      await call(otherOwner, 'PUT', '/api/office/settings/addons', { textMessaging: false, invoiceCalculation: true, audits: false });
      expect((await call(otherOwner, 'GET', agreementOf())).statusCode).toBe(404);
      expect((await call(owner, 'GET', agreementOf(newId()))).statusCode).toBe(404);
      await switchInvoicing(false);
    });
  });
});
