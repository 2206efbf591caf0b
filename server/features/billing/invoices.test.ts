import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoice, InvoiceList } from '../../../shared/features/billing/invoices.contract.ts';
import { catalogueCap } from '../../../shared/paging.ts';
import { newId } from '../../lib/ids.ts';
import { days } from '../../lib/time.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { invoicePageQuery } from './invoices.repository.ts';

// Noon in New York on Monday 7 December 2026; the company keeps New York's clock.
const start = new Date('2026-12-07T17:00:00Z');

describe.each(testDialects())('invoices in the office on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let manager: string;
  let supervisor: string;
  let stranger: string;
  const clock = testClock(start);
  const db = () => inspect(porter.ctx.db);

  async function customer(options: { defaultTip?: number; billingContact?: boolean } = {}) {
    const made = await createCustomer(porter.ctx.db, tenant.tenantId);
    if (options.defaultTip) await db().updateTable('customers').set({ default_tip: options.defaultTip }).where('id', '=', made.id).execute();
    if (options.billingContact) {
      const user = await createPortalUser(porter.ctx.db, tenant.tenantId, made.id, made.locationIds);
      await db().updateTable('portal_user_customers').set({ is_billing_contact: true }).where('portal_user_id', '=', user.id).execute();
      return { ...made, contact: user.email };
    }
    return { ...made, contact: null };
  }

  async function visit(c: { id: string; locationIds: string[] }, startsAt: string, price: number, status: 'completed' | 'scheduled' = 'completed') {
    const id = newId();
    await db()
      .insertInto('visits')
      .values({ id, tenant_id: tenant.tenantId, customer_id: c.id, location_id: c.locationIds[0]!, account_service_id: null, original_date: null, name: 'Weekly clean', starts_at: startsAt, duration_minutes: 120, status, price, notes: null, status_reason: null, created_at: startsAt, updated_at: startsAt })
      .execute();
    return id;
  }

  const line = (unitPrice: number, extra: object = {}) => ({ description: 'Deep clean', quantity: 100, unitPrice, ...extra });
  const draft = async (customerId: string, lines = [line(10_000)]) => {
    const response = await callApi(porter, owner, 'POST', '/api/office/invoices', { customerId, lines });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Invoice;
  };
  const send = async (id: string) => {
    const response = await callApi(porter, owner, 'POST', `/api/office/invoices/${id}/send`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Invoice & { emailed: number };
  };

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    await db().updateTable('tenants').set({ time_zone: 'America/New_York', currency: 'USD' }).where('id', 'in', [tenant.tenantId, other.tenantId]).execute();
    owner = await signInStaff(porter, tenant.ownerEmail);
    manager = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    supervisor = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    stranger = await signInStaff(porter, other.ownerEmail);
  });
  afterAll(() => porter.close());

  it('keeps tax rates and billing settings, for admins to change', async () => {
    const made = await callApi(porter, owner, 'POST', '/api/office/billing/tax-rates', { name: 'Sales tax', rate: 825 });
    expect(made.statusCode, made.body).toBe(201);
    expect((await callApi(porter, manager, 'POST', '/api/office/billing/tax-rates', { name: 'VAT', rate: 2000 })).statusCode).toBe(403);
    expect((await callApi(porter, manager, 'GET', '/api/office/billing/tax-rates')).json().items).toEqual([{ id: made.json().id, name: 'Sales tax', rate: 825, active: true }]);
    expect((await callApi(porter, stranger, 'PUT', `/api/office/billing/tax-rates/${made.json().id}`, { name: 'Mine', rate: 0 })).statusCode).toBe(404);
    expect((await callApi(porter, owner, 'GET', '/api/office/settings/billing')).json()).toEqual({ invoiceGrouping: 'visit', invoiceDueDays: 14 });
    expect((await callApi(porter, owner, 'PUT', '/api/office/settings/billing', { invoiceGrouping: 'visit', invoiceDueDays: 121 })).json().error.fields).toHaveProperty('invoiceDueDays');
    expect((await callApi(porter, owner, 'PUT', '/api/office/settings/billing', { invoiceGrouping: 'visit', invoiceDueDays: 120 })).statusCode).toBe(200);
    expect((await callApi(porter, owner, 'PUT', '/api/office/settings/billing', { invoiceGrouping: 'visit', invoiceDueDays: 14 })).statusCode).toBe(200);
  });

  it('writes a draft with totals to the cent and the customer’s default tip, for new invoices only', async () => {
    const c = await customer({ defaultTip: 500 });
    const rate = (await callApi(porter, owner, 'POST', '/api/office/billing/tax-rates', { name: 'Tax 8.25', rate: 825 })).json();
    const invoice = await draft(c.id, [line(3_333, { quantity: 300, discount: 1, taxRateId: rate.id }), line(1_999)]);
    // 3 × 33.33 = 99.99, less 0.01 = 99.98; tax 8.25% = 8.25 (8.248 rounded); plus 19.99.
    expect(invoice).toMatchObject({ status: 'draft', number: null, subtotal: 11_998, discountTotal: 1, taxTotal: 825, total: 12_822, tip: 500 });
    await db().updateTable('customers').set({ default_tip: 900 }).where('id', '=', c.id).execute();
    expect((await callApi(porter, owner, 'GET', `/api/office/invoices/${invoice.id}`)).json().tip).toBe(500);
    expect((await draft(c.id)).tip).toBe(900);
  });

  it('numbers on sending without gaps, dates on the company’s clock, emails billing contacts, and never edits a sent invoice', async () => {
    const c = await customer({ billingContact: true });
    const first = await draft(c.id);
    const second = await draft(c.id);
    const unsent = await draft(c.id);
    const a = await send(first.id);
    const b = await send(second.id);
    const n = Number(a.number!.slice(-4));
    expect(a.number).toMatch(/^INV-2026-\d{4}$/);
    expect(b.number).toBe(`INV-2026-${String(n + 1).padStart(4, '0')}`);
    expect(a).toMatchObject({ status: 'sent', issueDate: '2026-12-07', dueDate: '2026-12-21', emailed: 1 });
    const mail = await db().selectFrom('outbox_emails').select(['to_address', 'subject', 'text_body']).where('to_address', '=', c.contact!).execute();
    expect(mail[0]!.subject).toContain(a.number!);
    expect(mail[0]!.text_body).toContain(`/portal/${tenant.slug}/billing/invoices/${first.id}`);
    expect(mail[0]!.text_body).toContain('$100.00');

    const edit = await callApi(porter, owner, 'PUT', `/api/office/invoices/${first.id}`, { lines: [line(1)] });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toContain('credit note');
    expect((await callApi(porter, owner, 'DELETE', `/api/office/invoices/${first.id}`)).statusCode).toBe(409);
    expect((await callApi(porter, owner, 'POST', `/api/office/invoices/${first.id}/send`)).statusCode).toBe(409);
    expect((await callApi(porter, owner, 'PUT', `/api/office/invoices/${unsent.id}`, { lines: [line(2_000)], notes: 'Thanks' })).json()).toMatchObject({ total: 2_000, notes: 'Thanks' });
    expect((await callApi(porter, owner, 'DELETE', `/api/office/invoices/${unsent.id}`)).statusCode).toBe(204);

    const lonely = await customer();
    expect((await send((await draft(lonely.id)).id)).emailed).toBe(0);
  });

  it('starts numbering again in a new year', async () => {
    const c = await customer();
    const d = await draft(c.id);
    clock.advance(days(30));
    try {
      // Sessions lapse over a month: sign in again on the new clock.
      const later = await signInStaff(porter, tenant.ownerEmail);
      const sent = await callApi(porter, later, 'POST', `/api/office/invoices/${d.id}/send`);
      expect(sent.json().number).toBe('INV-2027-0001');
    } finally {
      clock.advance(-days(30));
    }
  });

  it('drafts completed visits once, per visit or per customer for the period, even when two runs race', async () => {
    const c = await customer();
    const v1 = await visit(c, '2026-12-01T14:00:00Z', 12_000);
    const v2 = await visit(c, '2026-12-03T14:00:00Z', 8_000);
    await visit(c, '2026-12-04T14:00:00Z', 8_000, 'scheduled');
    // Starts at 21:00 on 30 November in New York and ends at 23:00 that day: before the range.
    await visit(c, '2026-12-01T02:00:00Z', 5_000);
    const body = { from: '2026-12-01', to: '2026-12-06', customerId: c.id };
    const [x, y] = await Promise.all([callApi(porter, owner, 'POST', '/api/office/invoices/from-visits', body), callApi(porter, owner, 'POST', '/api/office/invoices/from-visits', body)]);
    expect(x.statusCode, x.body).toBe(200);
    expect(y.statusCode, y.body).toBe(200);
    expect(x.json().visits + y.json().visits).toBe(2);
    expect(x.json().invoices + y.json().invoices).toBe(2);
    expect((await callApi(porter, owner, 'POST', '/api/office/invoices/from-visits', body)).json()).toEqual({ invoices: 0, visits: 0 });
    const billed = await db().selectFrom('visits').select(['id', 'invoice_id']).where('id', 'in', [v1, v2]).execute();
    expect(billed.every((v) => v.invoice_id)).toBe(true);
    const one = (await callApi(porter, owner, 'GET', `/api/office/invoices/${billed[0]!.invoice_id}`)).json() as Invoice;
    expect(one.lines[0]!.description).toMatch(/^Weekly clean — /);
    expect(one.visits).toHaveLength(1);

    // Deleting a draft frees its visit; a period invoice takes both again.
    for (const v of billed) expect((await callApi(porter, owner, 'DELETE', `/api/office/invoices/${v.invoice_id}`)).statusCode).toBe(204);
    await callApi(porter, owner, 'PUT', '/api/office/settings/billing', { invoiceGrouping: 'period', invoiceDueDays: 14 });
    try {
      expect((await callApi(porter, owner, 'POST', '/api/office/invoices/from-visits', body)).json()).toEqual({ invoices: 1, visits: 2 });
    } finally {
      await callApi(porter, owner, 'PUT', '/api/office/settings/billing', { invoiceGrouping: 'visit', invoiceDueDays: 14 });
    }
  });

  it('voids only a sent invoice with nothing paid, freeing its visits', async () => {
    const c = await customer();
    const v = await visit(c, '2026-12-02T14:00:00Z', 9_000);
    await callApi(porter, owner, 'POST', '/api/office/invoices/from-visits', { from: '2026-12-02', to: '2026-12-02', customerId: c.id });
    const invoiceId = (await db().selectFrom('visits').select('invoice_id').where('id', '=', v).executeTakeFirstOrThrow()).invoice_id!;
    expect((await callApi(porter, owner, 'POST', `/api/office/invoices/${invoiceId}/void`, { reason: 'Wrong' })).statusCode).toBe(409);
    await send(invoiceId);
    const voided = await callApi(porter, owner, 'POST', `/api/office/invoices/${invoiceId}/void`, { reason: 'Billed twice' });
    expect(voided.json()).toMatchObject({ status: 'void', voidReason: 'Billed twice', due: 0 });
    expect((await db().selectFrom('visits').select('invoice_id').where('id', '=', v).executeTakeFirstOrThrow()).invoice_id).toBeNull();

    const paid = await send((await draft(c.id)).id);
    await callApi(porter, owner, 'POST', `/api/office/invoices/${paid.id}/payments`, { method: 'cash', amount: 1 });
    expect((await callApi(porter, owner, 'POST', `/api/office/invoices/${paid.id}/void`, { reason: 'x' })).statusCode).toBe(409);
  });

  it('records a payment by hand of at most what is owed', async () => {
    const c = await customer();
    const invoice = await send((await draft(c.id)).id);
    const pay = (amount: number) => callApi(porter, owner, 'POST', `/api/office/invoices/${invoice.id}/payments`, { method: 'cheque', amount, reference: '001234' });
    expect((await pay(4_000)).json()).toMatchObject({ status: 'partly_paid', paid: 4_000, due: 6_000 });
    const over = await pay(6_001);
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields).toHaveProperty('amount');
    expect((await pay(6_000)).json()).toMatchObject({ status: 'paid', due: 0 });
    expect((await pay(1)).statusCode).toBe(409);
    const draftOnly = await draft(c.id);
    expect((await callApi(porter, owner, 'POST', `/api/office/invoices/${draftOnly.id}/payments`, { method: 'cash', amount: 1 })).statusCode).toBe(409);
  });

  it('corrects a sent invoice with a credit note of at most what it owes', async () => {
    const c = await customer();
    const invoice = await send((await draft(c.id)).id);
    await callApi(porter, owner, 'POST', `/api/office/invoices/${invoice.id}/payments`, { method: 'cash', amount: 2_500 });
    const over = await callApi(porter, owner, 'POST', `/api/office/invoices/${invoice.id}/credit-notes`, { amount: 7_501, reason: 'Missed room' });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields).toHaveProperty('amount');
    const note = await callApi(porter, owner, 'POST', `/api/office/invoices/${invoice.id}/credit-notes`, { amount: 7_500, reason: 'Missed room' });
    expect(note.statusCode, note.body).toBe(201);
    expect(note.json()).toMatchObject({ kind: 'credit_note', status: 'sent', total: 7_500, correctsInvoice: { id: invoice.id } });
    expect(note.json().number).toMatch(/^CN-2026-\d{4}$/);
    const after = (await callApi(porter, owner, 'GET', `/api/office/invoices/${invoice.id}`)).json() as Invoice;
    expect(after).toMatchObject({ status: 'paid', due: 0, creditNotes: [{ id: note.json().id, total: 7_500 }] });
    expect(after.ledger.map((e) => e.kind)).toEqual(['manual_payment', 'credit_note']);
  });

  it('applies credit up to the credit held and the amount owed', async () => {
    const c = await customer();
    const invoice = await send((await draft(c.id)).id);
    await db()
      .insertInto('ledger_entries')
      .values({ id: newId(), tenant_id: tenant.tenantId, customer_id: c.id, kind: 'prepayment', amount: 3_000, currency: 'USD', invoice_id: null, payment_attempt_id: null, method: 'card', reference: null, note: null, staff_user_id: null, portal_user_id: null, created_at: start.toISOString() })
      .execute();
    const apply = (amount: number) => callApi(porter, owner, 'POST', `/api/office/customers/${c.id}/credit/apply`, { invoiceId: invoice.id, amount });
    expect((await apply(3_001)).json().error.fields).toHaveProperty('amount');
    expect((await apply(3_000)).json()).toMatchObject({ status: 'partly_paid', due: 7_000, customerCredit: 0 });
    const billing = (await callApi(porter, manager, 'GET', `/api/office/customers/${c.id}/billing`)).json();
    expect(billing).toMatchObject({ openBalance: 7_000, credit: 0, recent: [{ id: invoice.id, due: 7_000 }] });
    const elsewhere = await customer();
    expect((await callApi(porter, owner, 'POST', `/api/office/customers/${elsewhere.id}/credit/apply`, { invoiceId: invoice.id, amount: 1 })).statusCode).toBe(404);
  });

  it('filters by the day an invoice was issued, or a draft created, both days included', async () => {
    const c = await customer();
    const issued = await send((await draft(c.id)).id);
    const unsent = await draft(c.id);
    await db().updateTable('invoices').set({ issue_date: '2026-11-30' }).where('id', '=', issued.id).execute();
    // The last instant of 3 December on the clock drafts are stamped with.
    await db().updateTable('invoices').set({ created_at: '2026-12-03T23:59:59.999Z' }).where('id', '=', unsent.id).execute();
    const found = async (query: string) => ((await callApi(porter, manager, 'GET', `/api/office/invoices?view=all&customerId=${c.id}&${query}`)).json() as InvoiceList).items.map((i) => i.id).sort();
    expect(await found('from=2026-11-30&to=2026-11-30')).toEqual([issued.id]);
    expect(await found('from=2026-12-03&to=2026-12-03')).toEqual([unsent.id]);
    expect(await found('from=2026-11-30&to=2026-12-03')).toEqual([issued.id, unsent.id].sort());
    expect(await found('from=2026-12-01')).toEqual([unsent.id]);
    expect(await found('to=2026-12-02')).toEqual([issued.id]);
    // A sent invoice's day is the day it was issued, not the day it was drafted (7 December).
    expect(await found('from=2026-12-04')).toEqual([]);
    expect(await found('to=2026-11-29')).toEqual([]);
  });

  it('lists unpaid, overdue at the due-date boundary on the company’s clock, paid, with totals over the filter', async () => {
    const c = await customer();
    const a = await send((await draft(c.id, [line(10_000)])).id);
    const b = await send((await draft(c.id, [line(5_000)])).id);
    await callApi(porter, owner, 'POST', `/api/office/invoices/${b.id}/payments`, { method: 'cash', amount: 1_000 });
    let reader = manager;
    const list = async (query: string) => (await callApi(porter, reader, 'GET', `/api/office/invoices?customerId=${c.id}&${query}`)).json() as InvoiceList;
    expect((await list('view=unpaid')).totals).toEqual({ count: 2, total: 15_000, due: 14_000 });
    expect((await list('view=unpaid&minTotal=6000')).items.map((i) => i.id)).toEqual([a.id]);
    expect((await list(`view=unpaid&q=${a.number}`)).items.map((i) => i.id)).toEqual([a.id]);
    // Part of the customer's name, in any case, finds their invoices; each row carries the name.
    const { name } = await db().selectFrom('customers').select('name').where('tenant_id', '=', tenant.tenantId).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect((await list(`view=unpaid&q=${encodeURIComponent(name.slice(2).toUpperCase())}`)).items.map((i) => i.customer.name)).toEqual([name, name]);
    expect((await list('view=unpaid&q=no-such-customer')).items).toEqual([]);
    // Due on 21 December: still not overdue at 23:59 that day in New York, overdue a minute later.
    const dueEnd = Date.parse('2026-12-22T04:59:00Z') - start.getTime();
    clock.advance(dueEnd);
    try {
      reader = await signInStaff(porter, tenant.ownerEmail);
      expect((await list('view=overdue')).totals.count).toBe(0);
      clock.advance(60_000);
      const overdue = await list('view=overdue');
      expect(overdue.totals).toEqual({ count: 2, total: 15_000, due: 14_000 });
      expect(overdue.items.every((i) => i.overdue)).toBe(true);
    } finally {
      clock.advance(-dueEnd - 60_000);
      reader = manager;
    }
    await callApi(porter, owner, 'POST', `/api/office/invoices/${b.id}/payments`, { method: 'cash', amount: 4_000 });
    expect((await list('view=paid')).items.map((i) => i.id)).toEqual([b.id]);
    expect((await list('view=all')).totals.count).toBe(2);
  });

  it('refuses supervisors on every route and answers 404 for another company’s ids', async () => {
    const c = await customer();
    const invoice = await send((await draft(c.id)).id);
    const routes: [string, string, object?][] = [
      ['GET', '/api/office/invoices'],
      ['POST', '/api/office/invoices', { customerId: c.id, lines: [line(1)] }],
      ['POST', '/api/office/invoices/from-visits', { from: '2026-12-01', to: '2026-12-02' }],
      ['GET', `/api/office/invoices/${invoice.id}`],
      ['PUT', `/api/office/invoices/${invoice.id}`, { lines: [line(1)] }],
      ['DELETE', `/api/office/invoices/${invoice.id}`],
      ['POST', `/api/office/invoices/${invoice.id}/send`],
      ['POST', `/api/office/invoices/${invoice.id}/void`, { reason: 'x' }],
      ['POST', `/api/office/invoices/${invoice.id}/credit-notes`, { amount: 1, reason: 'x' }],
      ['POST', `/api/office/invoices/${invoice.id}/payments`, { method: 'cash', amount: 1 }],
      ['POST', `/api/office/invoices/${invoice.id}/payments/${newId()}/refunds`, { amount: 1, reason: 'x', idempotencyKey: newId() }],
      ['POST', `/api/office/customers/${c.id}/credit/apply`, { invoiceId: invoice.id, amount: 1 }],
      ['GET', `/api/office/customers/${c.id}/billing`],
      ['GET', '/api/office/billing/tax-rates'],
      ['GET', '/api/office/settings/billing'],
    ];
    for (const [method, url, body] of routes) {
      expect((await callApi(porter, supervisor, method as 'GET', url, body)).statusCode, `${method} ${url}`).toBe(403);
      if (url.includes(invoice.id) || url.includes(c.id)) expect((await callApi(porter, stranger, method as 'GET', url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await callApi(porter, stranger, 'POST', '/api/office/invoices', { customerId: c.id, lines: [line(1)] })).statusCode).toBe(404);
    expect((await callApi(porter, stranger, 'GET', '/api/office/invoices')).json().totals.count).toBe(0);
  });

  it('reads a company’s tax rates whole up to the catalogue cap, active ones first', async () => {
    const company = await createTenant(porter.ctx.db);
    const at = start.toISOString();
    const rows = Array.from({ length: catalogueCap + 1 }, (_, i) => ({ id: newId(), tenant_id: company.tenantId, name: `Rate ${String(i).padStart(4, '0')}`, rate: i, active: i !== 0, created_at: at }));
    for (let i = 0; i < rows.length; i += 100) await db().insertInto('tax_rates').values(rows.slice(i, i + 100)).execute();
    const items = (await callApi(porter, await signInStaff(porter, company.ownerEmail), 'GET', '/api/office/billing/tax-rates')).json().items as { name: string }[];
    expect(items).toHaveLength(catalogueCap);
    // The one inactive rate sorts last, so it is the one left out.
    expect(items.map((item) => item.name)).not.toContain('Rate 0000');
  });

  it('reads a page of the unpaid and overdue invoices in due-date order from their own index, without sorting them all', async () => {
    // Enough invoices, in every state, that PostgreSQL's planner would rather not read them all.
    const c = await customer();
    const statuses = ['sent', 'partly_paid', 'paid', 'void', 'draft'] as const;
    const rows = Array.from({ length: 5000 }, (_, i) => {
      const status = statuses[i % statuses.length]!;
      const at = new Date(start.getTime() - (i % 400) * days(1)).toISOString();
      return {
        id: newId(), tenant_id: tenant.tenantId, customer_id: c.id, kind: 'invoice' as const, number: status === 'draft' ? null : `PLAN-${i}`, status, corrects_invoice_id: null,
        issue_date: status === 'draft' ? null : at.slice(0, 10), due_date: status === 'draft' ? null : at.slice(0, 10), period_start: null, period_end: null, notes: null,
        sent_at: null, voided_at: null, void_reason: null, created_by_staff_id: null, currency: 'USD', total: 1_000 + i, subtotal: 1_000 + i, created_at: at, updated_at: at,
      };
    });
    for (let i = 0; i < rows.length; i += 500) await db().insertInto('invoices').values(rows.slice(i, i + 500)).execute();
    if (kind === 'postgres') await sql`vacuum analyze invoices`.execute(db());

    for (const view of ['unpaid', 'overdue'] as const) {
      const compiled = invoicePageQuery(porter.ctx.db, tenant.tenantId, { view, today: '2026-12-07' }, { limit: 25, after: { at: '2026-01-01', id: newId() } }).compile();
      const explain = kind === 'postgres' ? 'explain ' : 'explain query plan ';
      const { rows: lines } = await db().executeQuery<Record<string, unknown>>(CompiledQuery.raw(explain + compiled.sql, [...compiled.parameters]));
      const plan = lines.map((line) => String(line['QUERY PLAN'] ?? line.detail)).join('\n');
      expect(plan, view).toContain('invoices_open_due_idx');
      expect(plan, view).not.toMatch(kind === 'postgres' ? /Sort/ : /TEMP B-TREE/);
    }
  });

  it('pages invoices by keyset, drafts newest first and the rest soonest due first, and refuses a cursor of another list', async () => {
    const c = await customer();
    const drafts: string[] = [];
    for (let i = 0; i < 3; i += 1) drafts.push((await draft(c.id, [line(1_000 + i)])).id);
    const sent: string[] = [];
    for (let i = 0; i < 3; i += 1) sent.push((await send((await draft(c.id, [line(2_000 + i)])).id)).id);
    // Due a day apart, the first two on the same day, so only the id orders them.
    for (const [i, id] of sent.entries()) await db().updateTable('invoices').set({ due_date: `2027-01-0${i === 0 ? 2 : i + 1}` }).where('id', '=', id).execute();
    const soonestDue = [...[sent[0]!, sent[1]!].sort(), sent[2]!];
    type Page = InvoiceList & { nextCursor: string | null };
    const page = (query: string) => callApi(porter, manager, 'GET', `/api/office/invoices?customerId=${c.id}&${query}`);
    async function walk(query: string, from: string | null = null) {
      const ids: string[] = [];
      let cursor = from;
      let pages = 0;
      do {
        const response = await page(cursor ? `${query}&cursor=${encodeURIComponent(cursor)}` : query);
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json<Page>();
        ids.push(...body.items.map((item) => item.id));
        cursor = body.nextCursor;
        pages += 1;
      } while (cursor);
      return { ids, pages };
    }
    expect(await walk('view=draft&pageSize=2')).toEqual({ ids: [...drafts].reverse(), pages: 2 });
    expect(await walk('view=unpaid&pageSize=2')).toEqual({ ids: soonestDue, pages: 2 });
    // All of them: the sent ones by due date, then the drafts (no due date) by id, on both databases.
    expect(await walk('view=all&pageSize=4')).toEqual({ ids: [...soonestDue, ...[...drafts].sort()], pages: 2 });
    expect((await walk('view=all&pageSize=1')).ids).toEqual([...soonestDue, ...[...drafts].sort()]);

    // An invoice sent between two pages, due before the cursor, shows on neither; the totals count it.
    const first = (await page('view=unpaid&pageSize=2')).json<Page>();
    const meanwhile = (await send((await draft(c.id, [line(3_000)])).id)).id;
    await db().updateTable('invoices').set({ due_date: '2027-01-01' }).where('id', '=', meanwhile).execute();
    const rest = await walk('view=unpaid&pageSize=2', first.nextCursor);
    expect([...first.items.map((item) => item.id), ...rest.ids]).toEqual(soonestDue);
    expect((await page('view=unpaid&pageSize=1')).json<Page>()).toMatchObject({ items: [{ id: meanwhile }], totals: { count: 4 } });

    const refused = [
      await page(`view=draft&cursor=${encodeURIComponent(first.nextCursor!)}`),
      await page(`view=unpaid&minTotal=1&cursor=${encodeURIComponent(first.nextCursor!)}`),
      await callApi(porter, stranger, 'GET', `/api/office/invoices?customerId=${c.id}&view=unpaid&cursor=${encodeURIComponent(first.nextCursor!)}`),
      await page('view=unpaid&cursor=made.up'),
    ];
    for (const response of refused) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.fields).toHaveProperty('cursor');
    }
    expect((await callApi(porter, stranger, 'GET', `/api/office/invoices?customerId=${c.id}&view=all`)).json<Page>()).toMatchObject({ items: [], nextCursor: null });
    expect((await callApi(porter, supervisor, 'GET', '/api/office/invoices')).statusCode).toBe(403);
  });
});
