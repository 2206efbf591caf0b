import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hiddenLinkText } from '../platform/mail/outbox.ts';
import { callApi, inspect, latestLinkToken, signInStaff, startTestPorter, testDialects, type TestPorter } from '../test/harness.ts';
import { paidFrom } from '../features/billing/ledger.ts';
import { demoPassword, seedDemo } from './seed.ts';

const json = { 'content-type': 'application/json' };

describe.each(testDialects())('demo data on %s', (kind) => {
  let porter: TestPorter;
  beforeAll(async () => {
    porter = await startTestPorter(kind);
    await seedDemo(porter.ctx.db, porter.ctx.config);
  });
  afterAll(() => porter.close());

  it.each([
    ['owner@demo.test', 'owner'],
    ['admin@demo.test', 'admin'],
    ['manager@demo.test', 'manager'],
    ['supervisor@demo.test', 'supervisor'],
    ['tech@demo.test', 'technician'],
    ['owner@northwind.test', 'owner'],
  ])('lets %s sign in to the office as %s', async (email, role) => {
    const response = await porter.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { email, password: demoPassword } });
    expect(response.json().user.role).toBe(role);
  });

  it('gives the commercial demo customer two sites and the residential one a home', async () => {
    const commercial = await porter.app.inject({ method: 'POST', url: '/api/portal/demo/login', headers: json, payload: { email: 'customer@demo.test', password: demoPassword } });
    expect(commercial.json().customers).toEqual([expect.objectContaining({ type: 'commercial' })]);
    expect(commercial.json().locations).toHaveLength(2);
    const home = await porter.app.inject({ method: 'POST', url: '/api/portal/demo/login', headers: json, payload: { email: 'home@demo.test', password: demoPassword } });
    expect(home.json().customers).toEqual([expect.objectContaining({ type: 'residential' })]);
  });

  it('leaves the clinic’s recent visits with their checklist ticked, a note for the customer and a problem for the office', async () => {
    const db = inspect(porter.ctx.db);
    const clinic = await db.selectFrom('locations').select('id').where('name', '=', 'Main Clinic').executeTakeFirstOrThrow();
    const latest = await db.selectFrom('visits').select('id').where('location_id', '=', clinic.id).where('status', '=', 'completed').orderBy('starts_at', 'desc').executeTakeFirstOrThrow();
    const supervisor = await signInStaff(porter, 'supervisor@demo.test', demoPassword);
    const work = (await callApi(porter, supervisor, 'GET', `/api/office/visits/${latest.id}/work`)).json();
    const tasks = work.areas.flatMap((area: { tasks: { done: boolean }[] }) => area.tasks);
    expect(tasks.length).toBeGreaterThan(10);
    expect(tasks.every((task: { done: boolean }) => task.done)).toBe(true);
    expect(work.notes).toEqual([expect.objectContaining({ forCustomer: true, problem: false })]);
    expect(await db.selectFrom('visit_notes').select('id').where('problem', '=', true).execute()).toHaveLength(2);
  });

  it('has conversations in the chat: Marco has Carla’s newest question unread, the owner sees the home’s too, with a removed message', async () => {
    const marco = await signInStaff(porter, 'manager@demo.test', demoPassword);
    expect((await callApi(porter, marco, 'GET', '/api/office/chat/unread')).json().total).toBe(1);
    const list = (await callApi(porter, marco, 'GET', '/api/office/chat')).json();
    expect(list.items.map((c: { locationName: string; unread: number }) => [c.locationName, c.unread])).toEqual([['Main Clinic', 1], ['East Clinic', 0]]);
    const owner = await signInStaff(porter, 'owner@demo.test', demoPassword);
    const home = (await callApi(porter, owner, 'GET', '/api/office/chat')).json().items.find((c: { customerName: string }) => c.customerName === 'Hollis Home');
    const thread = (await callApi(porter, owner, 'GET', `/api/office/locations/${home.locationId}/chat`)).json();
    expect(thread.messages.map((m: { removed: boolean }) => m.removed)).toEqual([true, false, false]);
  });

  it('turns every add-on on for the demo company, not Northwind, and keeps a journal for the clinic', async () => {
    const supervisor = await signInStaff(porter, 'supervisor@demo.test', demoPassword);
    expect((await callApi(porter, supervisor, 'GET', '/api/auth/me')).json().addons).toEqual({ textMessaging: true, invoiceCalculation: true, audits: true });
    const northwind = await signInStaff(porter, 'owner@northwind.test', demoPassword);
    expect((await callApi(porter, northwind, 'GET', '/api/auth/me')).json().addons).toEqual({ textMessaging: false, invoiceCalculation: false, audits: false });
    const clinic = await inspect(porter.ctx.db).selectFrom('customers').select('id').where('name', '=', 'Harborview Dental Group').executeTakeFirstOrThrow();
    const journal = (await callApi(porter, supervisor, 'GET', `/api/office/customers/${clinic.id}/journal`)).json();
    expect(journal.total).toBeGreaterThanOrEqual(3);
    expect(journal.items.map((entry: { category: string }) => entry.category)).toContain('complaint');
    expect((await callApi(porter, supervisor, 'GET', `/api/office/customers/${clinic.id}/reports`)).json().total).toBeGreaterThan(0);
  });

  it('shows staff in every state: signed in lately, invited and not yet accepted, deactivated', async () => {
    const owner = await signInStaff(porter, 'owner@demo.test', demoPassword);
    const staff = (await callApi(porter, owner, 'GET', '/api/office/staff')).json().items as { email: string; state: string; lastLoginAt: string | null }[];
    const stateOf = Object.fromEntries(staff.map((member) => [member.email, member.state]));
    expect(stateOf).toMatchObject({ 'admin@demo.test': 'active', 'ines@demo.test': 'invited', 'derek@demo.test': 'deactivated' });
    expect(staff.filter((member) => member.state === 'active' && member.lastLoginAt === null).map((member) => member.email)).toEqual([]);
    const former = await porter.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { email: 'derek@demo.test', password: demoPassword } });
    expect(former.statusCode).toBe(401);
  });

  it('keeps an outbox of sent mail and one failing email, retried later, that Failing lists', async () => {
    const owner = await signInStaff(porter, 'owner@demo.test', demoPassword);
    const all = (await callApi(porter, owner, 'GET', '/api/office/outbox')).json();
    expect(all.items.filter((email: { status: string }) => email.status === 'sent').length).toBeGreaterThanOrEqual(5);
    const failing = (await callApi(porter, owner, 'GET', '/api/office/outbox?filter=failing')).json();
    expect(failing.failingCount).toBe(1);
    expect(failing.items).toEqual([expect.objectContaining({ status: 'queued', attempts: 4, lastError: expect.stringMatching(/^Can't send mail .* 452 4\.2\.2/) })]);
    expect(Date.parse(failing.items[0].nextAttemptAt)).toBeGreaterThan(Date.now());
  });

  it('emails the pending invitation as the app does: the office reads no link, and the addressee’s link works', async () => {
    const owner = await signInStaff(porter, 'owner@demo.test', demoPassword);
    const outbox = (await callApi(porter, owner, 'GET', '/api/office/outbox')).json();
    const invitation = outbox.items.find((email: { to: string }) => email.to === 'ines@demo.test');
    expect(invitation.text).toContain(hiddenLinkText);
    expect(invitation.text).not.toMatch(/token=/);
    const token = await latestLinkToken(porter.ctx.db, 'ines@demo.test');
    const accepted = await porter.app.inject({ method: 'POST', url: '/api/auth/accept-invitation', headers: json, payload: { token, password: 'ines-picks-a-password' } });
    expect(accepted.json().user).toMatchObject({ email: 'ines@demo.test', role: 'technician' });
  });

  it('has a schedule: weekly and monthly services, a history, a visit tomorrow and a service waiting', async () => {
    const owner = await signInStaff(porter, 'owner@demo.test', demoPassword);
    const waiting = (await callApi(porter, owner, 'GET', '/api/office/waiting-list')).json();
    expect(waiting.items.map((service: { name: string }) => service.name)).toEqual(['Window washing']);
    const day = 86_400_000;
    const soon = (await callApi(porter, owner, 'GET', `/api/office/visits?from=${new Date().toISOString()}&to=${new Date(Date.now() + 2 * day).toISOString()}&pageSize=500`)).json();
    expect(soon.items.map((visit: { name: string }) => visit.name)).toContain('Carpet shampoo');
    const past = (await callApi(porter, owner, 'GET', `/api/office/visits?to=${new Date().toISOString()}&order=desc&pageSize=500`)).json();
    expect(past.items.length).toBeGreaterThan(100);
    // The day porter shift is under way now; everything before it is done or skipped.
    expect(new Set(past.items.map((visit: { status: string }) => visit.status))).toEqual(new Set(['completed', 'skipped', 'in_progress']));
    const ahead = (await callApi(porter, owner, 'GET', `/api/office/visits?from=${new Date(Date.now() + 80 * day).toISOString()}&pageSize=1`)).json();
    expect(ahead.items).toHaveLength(1);
    const harborview = (await callApi(porter, owner, 'GET', '/api/office/customers?q=Harborview')).json().items[0];
    const services = (await callApi(porter, owner, 'GET', `/api/office/customers/${harborview.id}/account-services`)).json().items;
    expect(services.map((service: { frequency: { kind: string } }) => service.frequency.kind).sort()).toEqual(['monthlyByDate', 'monthlyByWeekday', 'weekly', 'weekly']);
    const reminders = (await callApi(porter, owner, 'GET', `/api/office/customers/${harborview.id}/reminders`)).json();
    expect(reminders.contacts[0]).toMatchObject({ name: 'Carla Customer', threeDaysBefore: true, oneDayBefore: true });
    expect((await callApi(porter, owner, 'GET', '/api/office/upgrades')).json().items.map((u: { name: string }) => u.name)).toContain('Inside the oven');
  });

  it('keeps each invoice’s paid amount equal to its ledger: charges, refunds and credit pay or give back, tips never count', async () => {
    const db = inspect(porter.ctx.db);
    const invoices = await db.selectFrom('invoices').select(['id', 'tenant_id', 'paid']).execute();
    const entries = await db.selectFrom('ledger_entries').select(['invoice_id', 'kind', 'amount']).where('invoice_id', 'is not', null).execute();
    const ledgerPaid = new Map<string, number>();
    for (const entry of entries) ledgerPaid.set(entry.invoice_id!, (ledgerPaid.get(entry.invoice_id!) ?? 0) + paidFrom([entry]));
    expect(entries.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['charge', 'tip', 'manual_payment']));
    expect([...ledgerPaid.values()].some((paid) => paid > 0)).toBe(true);
    expect(Object.fromEntries(invoices.map((invoice) => [invoice.id, invoice.paid]))).toEqual(Object.fromEntries(invoices.map((invoice) => [invoice.id, ledgerPaid.get(invoice.id) ?? 0])));
  });

  it('has enough customers to page through, and runs again without duplicating', async () => {
    await seedDemo(porter.ctx.db, porter.ctx.config);
    const count = await inspect(porter.ctx.db)
      .selectFrom('customers')
      .innerJoin('tenants', 'tenants.id', 'customers.tenant_id')
      .where('tenants.slug', '=', 'demo')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBeGreaterThan(50);
    expect(await porter.ctx.db.selectFrom('tenants').select('slug').execute()).toHaveLength(2);
  });
});
