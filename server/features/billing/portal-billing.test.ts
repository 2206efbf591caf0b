import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentTotals, lineFigures } from '../../../shared/features/billing/document-math.ts';
import { formatMoney } from '../../../shared/i18n/money.ts';
import type { DatabaseKind } from '../../db/database.ts';
import type { InvoiceStatus, LedgerKind, PaymentMethod } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { printable } from '../../lib/pdf.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, cookieFrom, inspect, signInPortal, signInStaff, startTestPorter, testClock, testDialects } from '../../test/harness.ts';
import { pdfText } from '../../test/pdf-text.ts';

const lines = [
  { description: 'Office clean', quantity: 150, unitPrice: 4000, discount: 0, taxRate: 2000 },
  { description: 'Window polish', quantity: 100, unitPrice: 4329, discount: 500, taxRate: 825 },
];
const firstTotals = documentTotals(lines);

/**
 * A company on 1 April 2026 whose customer "Harbour Offices" has two locations. Bea is its billing
 * contact at the first; Sam a site contact there; Carla another customer's billing contact; a
 * stranger another company's. The customer has: INV-2026-0001 (two lines, partly paid, a tip, a
 * credit note against it, a completed visit), INV-2026-0002 paid, INV-2026-0003 void,
 * INV-2026-0004 not yet due, and a draft; and prepaid credit, part of it spent on INV-2026-0004.
 */
async function billingWorld(kind: DatabaseKind) {
  const clock = testClock(new Date('2026-04-01T12:00:00Z'));
  const porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
  const db = inspect(porter.ctx.db);
  const [a, b] = [await createTenant(db), await createTenant(db)];
  const site = await createCustomer(db, a.tenantId, { name: 'Harbour Offices', portal: true, locations: 2, features: ['feedback'] });
  await db.updateTable('customers').set({ billing_address: '12 Quay Road', city: 'Portsmouth' }).where('id', '=', site.id).execute();
  const [locationId, secondLocation] = site.locationIds as [string, string];
  const other = await createCustomer(db, a.tenantId, { portal: true });
  const foreign = await createCustomer(db, b.tenantId, { portal: true });
  const stamp = isoNow();

  const invoice = async (tenantId: TenantId, customerId: string, values: { number: string | null; status: InvoiceStatus; issue: string | null; due: string | null; total: number; kind?: 'invoice' | 'credit_note'; corrects?: string }) => {
    const id = newId();
    await db
      .insertInto('invoices')
      .values({
        id,
        tenant_id: tenantId,
        customer_id: customerId,
        kind: values.kind ?? 'invoice',
        number: values.number,
        status: values.status,
        corrects_invoice_id: values.corrects ?? null,
        issue_date: values.issue,
        due_date: values.due,
        period_start: null,
        period_end: null,
        currency: 'USD',
        subtotal: values.total,
        discount_total: 0,
        tax_total: 0,
        total: values.total,
        tip: 0,
        notes: null,
        sent_at: values.status === 'draft' ? null : stamp,
        voided_at: null,
        void_reason: null,
        created_by_staff_id: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    return id;
  };
  const entry = async (customerId: string, kind: LedgerKind, amount: number, invoiceId: string | null, method: PaymentMethod | null, createdAt: string) =>
    db.insertInto('ledger_entries').values({ id: newId(), tenant_id: a.tenantId, customer_id: customerId, kind, amount, currency: 'USD', invoice_id: invoiceId, payment_attempt_id: null, method, reference: null, note: null, staff_user_id: null, portal_user_id: null, created_at: createdAt }).execute();

  const first = await invoice(a.tenantId, site.id, { number: 'INV-2026-0001', status: 'partly_paid', issue: '2026-03-01', due: '2026-03-15', total: firstTotals.total });
  await db.updateTable('invoices').set({ subtotal: firstTotals.subtotal, discount_total: firstTotals.discountTotal, tax_total: firstTotals.taxTotal }).where('id', '=', first).execute();
  const visitId = newId();
  await db
    .insertInto('visits')
    .values({ id: visitId, tenant_id: a.tenantId, customer_id: site.id, location_id: locationId, account_service_id: null, original_date: null, name: 'Office clean', starts_at: '2026-03-20T09:00:00.000Z', duration_minutes: 120, status: 'completed', price: 6000, notes: null, created_at: stamp, updated_at: stamp, invoice_id: first })
    .execute();
  await db
    .insertInto('invoice_lines')
    .values(
      lines.map((line, position) => {
        const figures = lineFigures(line);
        return { id: newId(), tenant_id: a.tenantId, invoice_id: first, visit_id: position === 0 ? visitId : null, position, description: line.description, quantity: line.quantity, unit_price: line.unitPrice, discount: line.discount, tax_rate_id: null, tax_rate: line.taxRate, tax_name: 'VAT', net: figures.net, tax: figures.tax };
      }),
    )
    .execute();
  const creditNote = await invoice(a.tenantId, site.id, { number: 'CN-2026-0001', status: 'sent', issue: '2026-03-05', due: null, total: 1000, kind: 'credit_note', corrects: first });
  await entry(site.id, 'credit_note', 1000, first, 'credit', '2026-03-05T10:00:00.000Z');
  await entry(site.id, 'manual_payment', 2345, first, 'cheque', '2026-03-06T10:00:00.000Z');
  await entry(site.id, 'tip', 500, first, 'cheque', '2026-03-06T10:00:00.000Z');
  const paid = await invoice(a.tenantId, site.id, { number: 'INV-2026-0002', status: 'paid', issue: '2026-03-10', due: '2026-03-24', total: 5000 });
  await entry(site.id, 'manual_payment', 5000, paid, 'bank_transfer', '2026-03-12T10:00:00.000Z');
  const voided = await invoice(a.tenantId, site.id, { number: 'INV-2026-0003', status: 'void', issue: '2026-03-20', due: '2026-04-03', total: 7000 });
  const notDue = await invoice(a.tenantId, site.id, { number: 'INV-2026-0004', status: 'partly_paid', issue: '2026-03-31', due: '2026-04-14', total: 3000 });
  await entry(site.id, 'prepayment', 2000, null, 'card', '2026-03-25T10:00:00.000Z');
  await entry(site.id, 'credit_applied', 500, notDue, 'credit', '2026-03-31T10:00:00.000Z');
  const draft = await invoice(a.tenantId, site.id, { number: null, status: 'draft', issue: null, due: null, total: 9999 });
  const othersInvoice = await invoice(a.tenantId, other.id, { number: 'INV-2026-0005', status: 'sent', issue: '2026-03-01', due: '2026-03-15', total: 4000 });
  const foreignInvoice = await invoice(b.tenantId, foreign.id, { number: 'INV-2026-0001', status: 'sent', issue: '2026-03-01', due: '2026-03-15', total: 4000 });

  const billingContact = async (customerId: string, tenantId: TenantId, locations: string[]) => {
    const user = await createPortalUser(db, tenantId, customerId, locations);
    await db.updateTable('portal_user_customers').set({ is_billing_contact: true }).where('portal_user_id', '=', user.id).execute();
    return user;
  };
  return {
    porter,
    a,
    b,
    site,
    locationId,
    secondLocation,
    otherLocation: other.locationIds[0]!,
    foreignLocation: foreign.locationIds[0]!,
    invoices: { first, paid, voided, notDue, draft, creditNote, othersInvoice, foreignInvoice },
    visitId,
    bea: await billingContact(site.id, a.tenantId, [locationId]),
    sam: await createPortalUser(db, a.tenantId, site.id, [locationId]),
    carla: await billingContact(other.id, a.tenantId, other.locationIds),
    stranger: await billingContact(foreign.id, b.tenantId, foreign.locationIds),
    manager: await createStaff(db, a.tenantId, 'manager'),
    supervisor: await createStaff(db, a.tenantId, 'supervisor'),
  };
}

describe.each(testDialects())('portal billing on %s', (kind) => {
  let world: Awaited<ReturnType<typeof billingWorld>>;
  const cookies = new Map<string, string>();
  const cookieOf = async (person: { email: string }, slug = world.a.slug) => {
    const key = `${slug}:${person.email}`;
    if (!cookies.has(key)) cookies.set(key, await signInPortal(world.porter, slug, person.email));
    return cookies.get(key)!;
  };
  const get = async (person: { email: string }, url: string, slug = world.a.slug) => world.porter.app.inject({ method: 'GET', url, headers: { cookie: await cookieOf(person, slug) } });
  const base = (locationId = world.locationId, slug = world.a.slug) => `/api/portal/${slug}/locations/${locationId}/billing`;

  beforeAll(async () => {
    world = await billingWorld(kind);
  });
  afterAll(() => world.porter.close());

  it('sums the balance from the invoices and the ledger: owed, overdue, and credit held', async () => {
    const response = await get(world.bea, base());
    expect(response.statusCode, response.body).toBe(200);
    const firstDue = firstTotals.total - 1000 - 2345;
    expect(response.json()).toEqual({ currency: 'USD', openBalance: firstDue + 2500, overdueAmount: firstDue, overdueCount: 1, credit: 1500, allowPrepayments: false });
  });

  it('lists sent, paid and void invoices, never a draft or a credit note, with figures that agree to the cent', async () => {
    const list = (await get(world.bea, `${base()}/invoices`)).json();
    expect(list.items.map((i: { number: string }) => i.number)).toEqual(['INV-2026-0004', 'INV-2026-0003', 'INV-2026-0002', 'INV-2026-0001']);
    const first = list.items.find((i: { number: string }) => i.number === 'INV-2026-0001');
    expect(first).toEqual({ id: world.invoices.first, number: 'INV-2026-0001', status: 'partly_paid', issueDate: '2026-03-01', dueDate: '2026-03-15', total: firstTotals.total, paid: 3345, due: firstTotals.total - 3345, tip: 500, overdue: true });
    const voided = list.items.find((i: { number: string }) => i.number === 'INV-2026-0003');
    expect(voided).toMatchObject({ status: 'void', due: 0, overdue: false });
    expect(list.items.find((i: { number: string }) => i.number === 'INV-2026-0004')).toMatchObject({ paid: 500, due: 2500, overdue: false });
    expect(list.total).toBe(4);
    expect(list.totals).toEqual({ total: firstTotals.total + 5000 + 7000 + 3000, paid: 3345 + 5000 + 500, due: firstTotals.total - 3345 + 2500 });
  });

  it('filters by number, issue date (both ends included), total and status, and pages', async () => {
    const numbers = async (query: string) => (await get(world.bea, `${base()}/invoices?${query}`)).json().items.map((i: { number: string }) => i.number);
    expect(await numbers('q=0002')).toEqual(['INV-2026-0002']);
    expect(await numbers('q=inv-2026-000')).toHaveLength(4);
    expect(await numbers('q=%25')).toEqual([]);
    expect(await numbers('from=2026-03-10&to=2026-03-20')).toEqual(['INV-2026-0003', 'INV-2026-0002']);
    expect(await numbers('from=2026-03-11&to=2026-03-19')).toEqual([]);
    expect(await numbers('minTotal=5000&maxTotal=7000')).toEqual(['INV-2026-0003', 'INV-2026-0002']);
    expect(await numbers('minTotal=5001&maxTotal=6999')).toEqual([]);
    expect(await numbers('status=open')).toEqual(['INV-2026-0004', 'INV-2026-0001']);
    expect(await numbers('status=paid')).toEqual(['INV-2026-0002']);
    const page = (await get(world.bea, `${base()}/invoices?pageSize=3&page=2`)).json();
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.items.map((i: { number: string }) => i.number)).toEqual(['INV-2026-0001']);
    const bad = await get(world.bea, `${base()}/invoices?from=1%20March`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('from');
  });

  it('shows one invoice with its lines, credit note, payments, tip and a visit that can be rated', async () => {
    const response = await get(world.bea, `${base()}/invoices/${world.invoices.first}`);
    expect(response.statusCode, response.body).toBe(200);
    const invoice = response.json();
    expect(invoice.lines.map((line: { description: string; net: number; tax: number }) => [line.description, line.net, line.tax])).toEqual(lines.map((line) => [line.description, lineFigures(line).net, lineFigures(line).tax]));
    expect(invoice).toMatchObject({ subtotal: firstTotals.subtotal, discountTotal: firstTotals.discountTotal, taxTotal: firstTotals.taxTotal, total: firstTotals.total, paid: 3345, tip: 500, due: firstTotals.total - 3345 });
    expect(invoice.creditNotes).toEqual([{ id: world.invoices.creditNote, number: 'CN-2026-0001', issueDate: '2026-03-05', total: 1000 }]);
    expect(invoice.payments.map((p: { kind: string; amount: number }) => [p.kind, p.amount])).toEqual([['credit_note', 1000], ['manual_payment', 2345], ['tip', 500]]);
    expect(invoice.visits).toEqual([{ id: world.visitId, name: 'Office clean', startsAt: '2026-03-20T09:00:00.000Z', timeZone: 'UTC', locationName: 'Site 1', canRate: true, rated: false }]);
  });

  it('no longer offers to rate a visit once it is rated', async () => {
    const db = inspect(world.porter.ctx.db);
    const id = newId();
    await db.insertInto('feedback').values({ id, tenant_id: world.a.tenantId, customer_id: world.site.id, location_id: world.locationId, portal_user_id: world.bea.id, visit_id: world.visitId, rating: 5, note: null, created_at: isoNow() }).execute();
    const invoice = (await get(world.bea, `${base()}/invoices/${world.invoices.first}`)).json();
    expect(invoice.visits[0]).toMatchObject({ canRate: false, rated: true });
    await db.deleteFrom('feedback').where('id', '=', id).execute();
  });

  it('never shows a draft, a credit note as an invoice, or another customer’s or company’s invoice', async () => {
    for (const invoiceId of [world.invoices.draft, world.invoices.creditNote, world.invoices.othersInvoice, world.invoices.foreignInvoice]) {
      expect((await get(world.bea, `${base()}/invoices/${invoiceId}`)).statusCode, invoiceId).toBe(404);
      expect((await get(world.bea, `${base()}/invoices/${invoiceId}.pdf`)).statusCode, invoiceId).toBe(404);
    }
  });

  it('answers 404 on every route to a site contact, another location, another customer and another company', async () => {
    const urls = (location: string, slug = world.a.slug) => [
      base(location, slug),
      `${base(location, slug)}/invoices`,
      `${base(location, slug)}/invoices/${world.invoices.first}`,
      `${base(location, slug)}/invoices/${world.invoices.first}.pdf`,
      `${base(location, slug)}/history`,
    ];
    const cases: [{ email: string }, string, string | undefined][] = [
      [world.sam, world.locationId, undefined],
      [world.bea, world.secondLocation, undefined],
      [world.bea, world.otherLocation, undefined],
      [world.bea, world.foreignLocation, undefined],
      [world.carla, world.otherLocation, undefined],
      [world.stranger, world.foreignLocation, world.b.slug],
    ];
    for (const [person, location, slug] of cases) {
      for (const url of urls(location, slug)) {
        const response = await get(person, url, slug);
        // Carla and the stranger reach their own billing, but never this customer's invoice.
        if ((person === world.carla || person === world.stranger) && !url.includes(world.invoices.first)) expect(response.statusCode, url).toBe(200);
        else expect(response.statusCode, `${person.email} ${url}`).toBe(404);
      }
    }
  });

  it('lists payments and credit newest first, with the invoices each settles and the credit after it', async () => {
    const response = await get(world.bea, `${base()}/history`);
    expect(response.statusCode, response.body).toBe(200);
    const history = response.json();
    expect(history.items.map((e: { kind: string; amount: number; tip: number; creditAfter: number; invoices: { number: string }[] }) => [e.kind, e.amount, e.tip, e.creditAfter, e.invoices.map((i) => i.number)])).toEqual([
      ['credit_applied', 500, 0, 1500, ['INV-2026-0004']],
      ['prepayment', 2000, 0, 2000, []],
      ['manual_payment', 5000, 0, 0, ['INV-2026-0002']],
      ['tip', 0, 500, 0, ['INV-2026-0001']],
      ['manual_payment', 2345, 0, 0, ['INV-2026-0001']],
      ['credit_note', 1000, 0, 0, ['INV-2026-0001']],
    ]);
    const page = (await get(world.bea, `${base()}/history?page=2&pageSize=4`)).json();
    expect(page).toMatchObject({ total: 6, page: 2 });
    expect(page.items).toHaveLength(2);
  });

  it('prints the invoice: number, each line and the total to the cent, paid and due, in the reader’s language', async () => {
    const response = await get(world.bea, `${base()}/invoices/${world.invoices.first}.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/pdf');
    expect(response.headers['content-disposition']).toContain('INV-2026-0001.pdf');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('INV-2026-0001');
    expect(text).toContain('Harbour Offices');
    expect(text).toContain('12 Quay Road');
    for (const line of lines) {
      expect(text).toContain(line.description);
      expect(text).toContain(printable(formatMoney(lineFigures(line).net, 'USD', 'en')));
    }
    expect(text).toContain(printable(formatMoney(firstTotals.total, 'USD', 'en')));
    expect(text).toContain(printable(formatMoney(3345, 'USD', 'en')));
    expect(text).toContain(printable(formatMoney(firstTotals.total - 3345, 'USD', 'en')));
    const spanish = await world.porter.app.inject({ method: 'GET', url: `${base()}/invoices/${world.invoices.paid}.pdf`, headers: { cookie: await cookieOf(world.bea), 'accept-language': 'es' } });
    const words = pdfText(spanish.rawPayload);
    expect(words).toContain('Factura');
    expect(words).toContain('PAGADA');
  });

  it('stamps a void invoice VOID', async () => {
    const response = await get(world.bea, `${base()}/invoices/${world.invoices.voided}.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(pdfText(response.rawPayload)).toContain('VOID');
  });

  it('lets staff viewing the portal as the billing contact read billing', async () => {
    const manager = await signInStaff(world.porter, world.manager.email);
    const opened = await callApi(world.porter, manager, 'POST', `/api/office/locations/${world.locationId}/view-as`, { portalUserId: world.bea.id });
    expect(opened.statusCode, opened.body).toBe(200);
    const viewCookie = cookieFrom(opened);
    for (const url of [base(), `${base()}/invoices`, `${base()}/invoices/${world.invoices.first}`, `${base()}/history`]) {
      expect((await world.porter.app.inject({ method: 'GET', url, headers: { cookie: viewCookie } })).statusCode, url).toBe(200);
    }
  });

  it('gives the office the same PDF, drafts included, by the read policy; another company’s is not found', async () => {
    const manager = await signInStaff(world.porter, world.manager.email);
    const supervisor = await signInStaff(world.porter, world.supervisor.email);
    const ok = await callApi(world.porter, manager, 'GET', `/api/office/invoices/${world.invoices.draft}.pdf`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(pdfText(ok.rawPayload)).toContain(printable(formatMoney(9999, 'USD', 'en')));
    expect((await callApi(world.porter, supervisor, 'GET', `/api/office/invoices/${world.invoices.first}.pdf`)).statusCode).toBe(403);
    expect((await callApi(world.porter, manager, 'GET', `/api/office/invoices/${world.invoices.foreignInvoice}.pdf`)).statusCode).toBe(404);
  });
});
