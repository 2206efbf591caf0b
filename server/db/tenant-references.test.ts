import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.ts';
import { newId } from '../lib/ids.ts';
import { isoNow } from '../lib/time.ts';
import { insertEarlierCustomer, insertEarlierLocation, insertEarlierTenant, runRaw } from '../test/earlier-schema.ts';
import { freshDatabase, inspect, testDialects } from '../test/harness.ts';
import type { DatabaseKind } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { crossTenantMessage, tenantReferences as referencesWhenDeclared, type TenantReference } from './migrations/20261202150000_tenant_references.ts';
import { renamedTables } from './migrations/20261203100000_request_vocabulary.ts';
import { visitReferences } from './migrations/20261204090000_visits.ts';
import { cleaningPlanReferences } from './migrations/20261204120000_cleaning_plans.ts';
import { ratingReferences } from './migrations/20261205120000_visit_ratings.ts';
import { inspectionReferences } from './migrations/20261205100000_inspections.ts';
import { timesheetReferences } from './migrations/20261205090000_timesheets.ts';
import { checklistReferences } from './migrations/20261206090000_visit_checklists.ts';
import { inspectionPhotoReferences } from './migrations/20261206100000_inspection_client_ids.ts';
import { billingReferences } from './migrations/20261207090000_billing.ts';
import { ledgerFactsWithRefund, refundReferences } from './migrations/20261208110000_refunds.ts';
import { journalReferences } from './migrations/20261208120000_journal.ts';
import { keyReferences } from './migrations/20261208130000_key_rings.ts';
import { customFieldReferences } from './migrations/20261209120000_custom_fields.ts';
import { chatReferences } from './migrations/20261209100000_chat.ts';
import { fileReferences } from './migrations/20261209110000_files_and_resources.ts';

// The checks below work on any listed table, so they read and write rows untyped.
type Row = Record<string, unknown>;
type AnyDb = Kysely<Record<string, Row>>;

// The list is frozen with the migration that declared it; tables renamed since are checked by their name today.
// Later migrations declare their own lists the same way.
const tenantReferences = [
  ...referencesWhenDeclared.map((ref) => ({ ...ref, parent: (renamedTables as Record<string, string>)[ref.parent] ?? ref.parent }) as TenantReference),
  ...(visitReferences as unknown as TenantReference[]),
  ...(cleaningPlanReferences as unknown as TenantReference[]),
  ...(ratingReferences as unknown as TenantReference[]),
  ...(inspectionReferences as unknown as TenantReference[]),
  ...(timesheetReferences as unknown as TenantReference[]),
  ...(checklistReferences as unknown as TenantReference[]),
  ...(inspectionPhotoReferences as unknown as TenantReference[]),
  ...(billingReferences as unknown as TenantReference[]),
  ...(refundReferences as unknown as TenantReference[]),
  ...(journalReferences as unknown as TenantReference[]),
  ...(keyReferences as unknown as TenantReference[]),
  ...(customFieldReferences as unknown as TenantReference[]),
  ...(chatReferences as unknown as TenantReference[]),
  ...(fileReferences as unknown as TenantReference[]),
];

/** A row's identity: its id, or for a join table (no id) every key column it has. */
function keyOf(row: Row): Row {
  if ('id' in row) return { id: row.id };
  return Object.fromEntries(Object.entries(row).filter(([column]) => column.endsWith('_id')));
}

// Columns a copy must not repeat: unique per company or instance-wide (emails, references, product names and SKUs).
const freshColumns: Record<string, (stamp: string) => string> = {
  email: (stamp) => `copy-${stamp}@example.test`,
  reference: (stamp) => `COPY-${stamp}`,
  name: (stamp) => `Copy ${stamp}`,
  sku: (stamp) => `SKU-${stamp}`,
  // A series has one visit per day.
  original_date: (stamp) => stamp,
  // The field app's own ids are unique in the company.
  clock_in_client_id: (stamp) => `in-${stamp}`,
  clock_out_client_id: (stamp) => `out-${stamp}`,
  client_id: (stamp) => `write-${stamp}`,
  task_id: (stamp) => stamp,
  // Invoice and quote numbers, idempotency keys and card tokens are unique in the company.
  number: (stamp) => `N-${stamp}`,
  idempotency_key: (stamp) => `key-${stamp}`,
  token: (stamp) => `pm_${stamp}`,
};

// Optional references unique per company: a copy leaves them empty (each visit is rated once).
const emptiedColumns: Record<string, string[]> = { feedback: ['visit_id'], ledger_entries: ['payment_attempt_id', 'refund_id'] };

// The ledger refuses any change to what an entry records, so a reference among those is only ever written once.
const appendOnly = new Set<string>(ledgerFactsWithRefund.map((column) => `ledger_entries.${column}`));

/** The same row of `table` as a new one: a new id and fresh values where a copy would collide. */
function copyOf(table: string, row: Row): Row {
  const stamp = newId();
  const copy: Row = { ...row };
  if ('id' in row) copy.id = stamp;
  for (const [column, fresh] of Object.entries(freshColumns)) if (row[column] != null) copy[column] = fresh(stamp);
  for (const column of emptiedColumns[table] ?? []) copy[column] = null;
  return copy;
}

/** The refusal a promise ends in, or null when the database accepted the statement. */
async function refusalOf(work: Promise<unknown>): Promise<(Error & { code?: string; constraint?: string }) | null> {
  try {
    await work;
    return null;
  } catch (error) {
    return error as Error;
  }
}

describe.each(testDialects())('tenant references on %s', (kind: DatabaseKind) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let db: AnyDb;
  let tenantA: string;
  let tenantB: string;
  const exercised = new Set<string>();

  /** Expects the database's refusal of a cross-tenant reference; with `ref`, that entry's own constraint or trigger. */
  function expectCrossTenantRefusal(error: Awaited<ReturnType<typeof refusalOf>>, ref?: TenantReference) {
    expect(error, 'the database accepted a cross-tenant reference').not.toBeNull();
    if (kind === 'postgres') {
      expect(error!.code, error!.message).toBe('23503');
      if (ref) expect(error!.constraint).toBe(`${ref.table}_${ref.column}_tenant_fkey`);
      return;
    }
    expect(error!.message).toContain(ref ? crossTenantMessage(ref) : 'cross-tenant reference: ');
  }

  const rowsOf = (table: string, tenantId: string) => db.selectFrom(table).selectAll().where('tenant_id', '=', tenantId).orderBy('id').execute();

  /**
   * At least `count` rows of `table` in the company: real ones where the demo made them, else
   * copies of a row of any company, with each of its references pointed at this company's rows.
   */
  async function parentsIn(tenantId: string, table: string, count: number): Promise<Row[]> {
    const rows = await rowsOf(table, tenantId);
    while (rows.length < count) rows.push(await copyInto(tenantId, table));
    return rows;
  }

  async function copyInto(tenantId: string, table: string): Promise<Row> {
    const template = await db.selectFrom(table).selectAll().limit(1).executeTakeFirstOrThrow();
    const copy: Row = { ...copyOf(table, template), tenant_id: tenantId };
    for (const ref of tenantReferences.filter((r) => r.table === table && copy[r.column] != null)) {
      copy[ref.column] = (await parentsIn(tenantId, ref.parent, 1))[0]!.id;
    }
    await db.insertInto(table).values(copy).execute();
    return copy;
  }

  const whereKey = (table: string, key: Row) => {
    let query = db.updateTable(table);
    for (const [column, value] of Object.entries(key)) query = query.where(column, '=', value);
    return query;
  };

  async function deleteRow(table: string, key: Row) {
    let query = db.deleteFrom(table);
    for (const [column, value] of Object.entries(key)) query = query.where(column, '=', value);
    await query.execute();
  }

  async function readRow(table: string, key: Row): Promise<Row | undefined> {
    let query = db.selectFrom(table).selectAll();
    for (const [column, value] of Object.entries(key)) query = query.where(column, '=', value);
    return query.executeTakeFirst();
  }

  /** A row of company A whose reference is set. */
  async function childOf(ref: TenantReference): Promise<Row> {
    const child = await db.selectFrom(ref.table).selectAll().where('tenant_id', '=', tenantA).where(ref.column, 'is not', null).limit(1).executeTakeFirst();
    if (!child) throw new Error(`company A has no ${ref.table} row with ${ref.column} set: add one in addRowsTheDemoLacks`);
    return child;
  }

  /** Another parent of company A the child may point at without repeating a join table's key. */
  async function anotherOwnParent(ref: TenantReference, child: Row): Promise<string> {
    const others = Object.entries(keyOf(child)).filter(([column]) => column !== ref.column && column !== 'id');
    let linked = db.selectFrom(ref.table).select(ref.column).where('tenant_id', '=', tenantA);
    for (const [column, value] of others) linked = linked.where(column, '=', value);
    const taken = new Set((await linked.execute()).map((r) => r[ref.column]));
    taken.add(child[ref.column]);
    const free = (await parentsIn(tenantA, ref.parent, 2)).find((parent) => !taken.has(parent.id));
    return String(free?.id ?? (await copyInto(tenantA, ref.parent)).id);
  }

  // The demo seeds no supply orders, catalogue links, uploads or notifications, and its requests name
  // no service or category: these few rows give every listed reference a child in company A.
  async function addRowsTheDemoLacks() {
    const grant = await db.selectFrom('portal_user_locations').selectAll().where('tenant_id', '=', tenantA).limit(1).executeTakeFirstOrThrow();
    const location = await db.selectFrom('locations').selectAll().where('id', '=', grant.location_id as string).executeTakeFirstOrThrow();
    const [staff] = await rowsOf('staff_users', tenantA);
    const [service] = await rowsOf('services', tenantA);
    const [category] = await rowsOf('request_categories', tenantA);
    const [product] = await rowsOf('supply_products', tenantA);
    const base = { tenant_id: tenantA, customer_id: location.customer_id };
    await db.updateTable('service_requests').set({ service_id: service!.id, category_id: category!.id }).where('tenant_id', '=', tenantA).execute();
    await db.insertInto('customer_supply_products').values({ ...base, product_id: product!.id }).execute();
    const orderId = newId();
    await db
      .insertInto('supply_orders')
      .values({ ...base, id: orderId, reference: 'SO-2026-0001', location_id: location.id, portal_user_id: grant.portal_user_id, status: 'submitted', note: null, note_to_customer: null, created_at: isoNow(), updated_at: isoNow() })
      .execute();
    await db.insertInto('supply_order_lines').values({ id: newId(), tenant_id: tenantA, order_id: orderId, product_id: product!.id, product_name: String(product!.name), unit: String(product!.unit), quantity: 2 }).execute();
    await db
      .insertInto('attachments')
      .values({ id: newId(), tenant_id: tenantA, location_id: location.id, owner_type: null, owner_id: null, uploaded_by_kind: 'staff', uploaded_by_id: staff!.id, file_name: 'a.png', content_type: 'image/png', size_bytes: 1, storage_key: 'k', thumbnail_key: null, created_at: isoNow() })
      .execute();
    await db.insertInto('staff_notifications').values({ id: newId(), tenant_id: tenantA, staff_user_id: staff!.id, kind: 'request', title: 'A request', link: '/office', created_at: isoNow(), read_at: null }).execute();
    await addChatRows(String(location.id), String(grant.portal_user_id), String(staff!.id));
    await addScheduleRows(base, String(location.id), String(staff!.id), String(service!.id));
  }

  // A customer's message the office removed, a staff answer, and a staff member online (the demo's chat has both sides' read markers).
  async function addChatRows(locationId: string, portalUserId: string, staffId: string) {
    const stamp = isoNow();
    const message = { tenant_id: tenantA, location_id: locationId, text: '', created_at: stamp };
    await db.insertInto('chat_messages').values({ ...message, id: newId(), sender_kind: 'portal', portal_user_id: portalUserId, staff_user_id: null, sender_name: 'Pat', deleted_at: stamp, deleted_by: staffId }).execute();
    await db.insertInto('chat_messages').values({ ...message, id: newId(), sender_kind: 'staff', portal_user_id: null, staff_user_id: staffId, sender_name: 'Sam', deleted_at: null, deleted_by: null }).execute();
    await db.insertInto('staff_presence').values({ id: newId(), tenant_id: tenantA, staff_user_id: staffId, seen_at: stamp }).execute();
  }

  async function addScheduleRows(base: Row, locationId: string, staffId: string, serviceId: string) {
    const [request] = await rowsOf('service_requests', tenantA);
    const [accountServiceId, visitId, upgradeId] = [newId(), newId(), newId()];
    const stamp = isoNow();
    await db
      .insertInto('account_services')
      .values({ ...base, id: accountServiceId, location_id: locationId, service_id: serviceId, name: 'Weekly clean', rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO', start_date: '2026-12-07', start_time: '09:00', duration_minutes: 120, price: 12000, status: 'scheduled', created_at: stamp, updated_at: stamp })
      .execute();
    await db.insertInto('account_service_team').values({ tenant_id: tenantA, account_service_id: accountServiceId, staff_user_id: staffId }).execute();
    await db
      .insertInto('visits')
      .values({ ...base, id: visitId, location_id: locationId, account_service_id: accountServiceId, original_date: '2026-12-07', name: 'Weekly clean', starts_at: '2026-12-07T14:00:00.000Z', duration_minutes: 120, status: 'scheduled', price: 12000, created_at: stamp, updated_at: stamp })
      .execute();
    await db.insertInto('visit_team').values({ tenant_id: tenantA, visit_id: visitId, staff_user_id: staffId }).execute();
    await db.insertInto('upgrades').values({ id: upgradeId, tenant_id: tenantA, name: 'Reference check upgrade', price: 3500, extra_minutes: 30, created_at: stamp }).execute();
    await db
      .insertInto('visit_upgrades')
      .values({ id: newId(), tenant_id: tenantA, visit_id: visitId, upgrade_id: upgradeId, name: 'Reference check upgrade', price: 3500, extra_minutes: 30, status: 'pending', request_id: request!.id, created_at: stamp })
      .execute();
    await db
      .insertInto('timesheets')
      .values({ id: newId(), tenant_id: tenantA, visit_id: visitId, staff_user_id: staffId, clock_in_client_id: newId(), clocked_in_at: stamp, created_at: stamp, updated_at: stamp })
      .execute();
    await db.insertInto('on_my_way_messages').values({ tenant_id: tenantA, visit_id: visitId, staff_user_id: staffId, expected_at: stamp, sent_at: stamp }).execute();
    const itemId = newId();
    await db.insertInto('visit_checklist_items').values({ id: itemId, tenant_id: tenantA, visit_id: visitId, task_id: newId(), area_name: 'Lobby', task_text: 'Vacuum', position: 0, created_at: stamp }).execute();
    await db
      .insertInto('visit_checklist_ticks')
      .values({ id: newId(), tenant_id: tenantA, item_id: itemId, visit_id: visitId, staff_user_id: staffId, client_id: newId(), done: true, ticked_at: stamp, created_at: stamp })
      .execute();
    await db.insertInto('visit_notes').values({ id: newId(), tenant_id: tenantA, visit_id: visitId, staff_user_id: staffId, client_id: newId(), text: 'Done', for_customer: true, problem: false, created_at: stamp }).execute();
    await db.insertInto('visit_photos').values({ id: newId(), tenant_id: tenantA, visit_id: visitId, staff_user_id: staffId, client_id: newId(), kind: 'after', created_at: stamp }).execute();
    const [area] = await rowsOf('inspection_areas', tenantA);
    await db.insertInto('inspection_photos').values({ id: newId(), tenant_id: tenantA, inspection_area_id: area!.id, staff_user_id: staffId, client_id: newId(), created_at: stamp }).execute();
    await addBillingRows(base, locationId, staffId, visitId, accountServiceId);
  }

  // One of each billing row, every optional reference set.
  async function addBillingRows(base: Row, locationId: string, staffId: string, visitId: string, accountServiceId: string) {
    const [taxRateId, invoiceId, creditNoteId, quoteId, cardId, attemptId] = [newId(), newId(), newId(), newId(), newId(), newId()];
    const [portalUser] = await rowsOf('portal_users', tenantA);
    const portalUserId = portalUser!.id;
    const stamp = isoNow();
    const money = { currency: 'USD', subtotal: 12000, total: 12000 };
    const line = { tenant_id: tenantA, position: 0, description: 'Weekly clean', quantity: 100, unit_price: 12000, tax_rate_id: taxRateId, net: 12000, tax: 0 };
    await db.insertInto('tax_rates').values({ id: taxRateId, tenant_id: tenantA, name: 'Sales tax', rate: 800, created_at: stamp }).execute();
    const invoice = { ...base, ...money, kind: 'invoice', status: 'sent', created_by_staff_id: staffId, created_at: stamp, updated_at: stamp };
    await db.insertInto('invoices').values({ ...invoice, id: invoiceId, number: 'INV-REF-0001' }).execute();
    await db.insertInto('invoices').values({ ...invoice, id: creditNoteId, number: 'CN-REF-0001', kind: 'credit_note', corrects_invoice_id: invoiceId }).execute();
    await db.insertInto('invoice_lines').values({ ...line, id: newId(), invoice_id: invoiceId, visit_id: visitId }).execute();
    await db.updateTable('visits').set({ invoice_id: invoiceId }).where('id', '=', visitId).execute();
    await db
      .insertInto('quotes')
      .values({ ...base, ...money, id: quoteId, location_id: locationId, number: 'Q-REF-0001', status: 'accepted', title: 'Weekly clean', terms: 'Terms', valid_until: '2027-01-31', accepted_by_portal_user_id: portalUserId, account_service_id: accountServiceId, first_invoice_id: invoiceId, created_by_staff_id: staffId, created_at: stamp, updated_at: stamp })
      .execute();
    await db.insertInto('quote_lines').values({ ...line, id: newId(), quote_id: quoteId }).execute();
    await db
      .insertInto('cards')
      .values({ ...base, id: cardId, gateway: 'test', token: 'pm_reference', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, added_by_portal_user_id: portalUserId, created_at: stamp })
      .execute();
    await db
      .insertInto('payment_attempts')
      .values({ ...base, id: attemptId, idempotency_key: newId(), gateway: 'test', card_id: cardId, amount: 12000, currency: 'USD', purpose: 'invoices', status: 'succeeded', source: 'portal', portal_user_id: portalUserId, staff_user_id: staffId, created_at: stamp, updated_at: stamp })
      .execute();
    await db.insertInto('payment_attempt_invoices').values({ tenant_id: tenantA, payment_attempt_id: attemptId, invoice_id: invoiceId, amount: 12000 }).execute();
    await db
      .insertInto('ledger_entries')
      .values({ ...base, id: newId(), kind: 'charge', amount: 12000, currency: 'USD', invoice_id: invoiceId, payment_attempt_id: attemptId, method: 'card', staff_user_id: staffId, portal_user_id: portalUserId, created_at: stamp })
      .execute();
    const refundId = newId();
    await db
      .insertInto('refunds')
      .values({ ...base, id: refundId, payment_attempt_id: attemptId, invoice_id: invoiceId, idempotency_key: newId(), amount: 2000, currency: 'USD', reason: 'Reference check', status: 'succeeded', staff_user_id: staffId, created_at: stamp, updated_at: stamp })
      .execute();
    await db
      .insertInto('ledger_entries')
      .values({ ...base, id: newId(), kind: 'refund', amount: 2000, currency: 'USD', invoice_id: invoiceId, refund_id: refundId, method: 'card', staff_user_id: staffId, created_at: stamp })
      .execute();
  }

  beforeAll(async () => {
    database = await freshDatabase(kind);
    // This test writes the very rows the app would never write, to see the database refuse them.
    db = inspect(database.db) as unknown as AnyDb;
    await seedDemo(database.db, { publicUrl: 'http://porter.test', sessionSecret: 'test-secret-test-secret-test-secret!!' });
    const tenants = await db.selectFrom('tenants').select(['id', 'slug']).execute();
    tenantA = String(tenants.find((t) => t.slug === 'demo')!.id);
    tenantB = String(tenants.find((t) => t.slug === 'northwind')!.id);
    await addRowsTheDemoLacks();
  });
  afterAll(() => database.close());

  it('lists every foreign key from one tenant-owned table to another, and no other', async () => {
    const declared = kind === 'postgres' ? await postgresForeignKeys(db) : await sqliteForeignKeys(db);
    const listed = tenantReferences.map((ref) => `${ref.table}.${ref.column} -> ${ref.parent}`);
    expect(declared.filter((key) => !key.endsWith('-> tenants')).sort()).toEqual(listed.sort());
  });

  it.each(tenantReferences)('refuses $table $column pointing at another company’s $parent, and accepts its own', async (ref) => {
    const child = await childOf(ref);
    const key = keyOf(child);
    const foreign = (await parentsIn(tenantB, ref.parent, 1))[0]!.id;
    const own = await anotherOwnParent(ref, child);

    expectCrossTenantRefusal(await refusalOf(db.insertInto(ref.table).values({ ...copyOf(ref.table, child), [ref.column]: foreign }).execute()), ref);
    const accepted = { ...copyOf(ref.table, child), [ref.column]: own };
    await db.insertInto(ref.table).values(accepted).execute();
    await deleteRow(ref.table, keyOf(accepted));
    if (appendOnly.has(`${ref.table}.${ref.column}`)) {
      expect((await refusalOf(whereKey(ref.table, key).set({ [ref.column]: own }).execute()))?.message).toContain('append-only');
      expectCrossTenantRefusal(await refusalOf(whereKey(ref.parent, { id: child[ref.column] }).set({ tenant_id: tenantB }).execute()));
      expect(await readRow(ref.table, key)).toEqual(child);
      exercised.add(`${ref.table}.${ref.column}`);
      return;
    }

    // A join table's key holds the reference itself, so the row is found by its new value.
    const keyWhen = (value: unknown) => ('id' in key ? key : { ...key, [ref.column]: value });
    expectCrossTenantRefusal(await refusalOf(whereKey(ref.table, key).set({ [ref.column]: foreign }).execute()), ref);
    expect((await readRow(ref.table, key))?.[ref.column]).toBe(child[ref.column]);
    await whereKey(ref.table, key).set({ [ref.column]: own }).execute();
    expect((await readRow(ref.table, keyWhen(own)))?.[ref.column]).toBe(own);
    await whereKey(ref.table, keyWhen(own)).set({ [ref.column]: child[ref.column] }).execute();
    if (ref.onDelete === 'set null') {
      await whereKey(ref.table, key).set({ [ref.column]: null }).execute();
      expect((await readRow(ref.table, key))?.[ref.column]).toBeNull();
      await whereKey(ref.table, key).set({ [ref.column]: child[ref.column] }).execute();
    }

    // Moving either end to the other company leaves the same mismatch, so it is refused too.
    const moved = await refusalOf(whereKey(ref.table, key).set({ tenant_id: tenantB }).execute());
    if ((ref.table as string) === 'ledger_entries') expect(moved?.message).toContain('append-only');
    else expectCrossTenantRefusal(moved);
    expectCrossTenantRefusal(await refusalOf(whereKey(ref.parent, { id: child[ref.column] }).set({ tenant_id: tenantB }).execute()));
    expect(await readRow(ref.table, key)).toEqual(child);
    exercised.add(`${ref.table}.${ref.column}`);
  });

  it.each(tenantReferences)('keeps on delete $onDelete for $table $column when its $parent is deleted', async (ref) => {
    const parent = await copyInto(tenantA, ref.parent);
    const child = { ...copyOf(ref.table, await childOf(ref)), [ref.column]: parent.id };
    await db.insertInto(ref.table).values(child).execute();
    await deleteRow(ref.parent, { id: parent.id });
    const after = await readRow(ref.table, keyOf(child));
    if (ref.onDelete === 'cascade') expect(after).toBeUndefined();
    else expect(after).toMatchObject({ tenant_id: tenantA, [ref.column]: null });
  });

  it('exercised every listed reference', () => {
    expect(exercised.size).toBe(tenantReferences.length);
    expect(tenantReferences).toHaveLength(29 + 13 + 3 + 1 + 4 + 4 + 8 + 2 + 28 + 5 + 2 + 5 + 3 + 8 + 4);
  });
});

describe.each(testDialects())('upgrading over a stored cross-tenant reference on %s', (kind: DatabaseKind) => {
  it('stops before changing anything and names the column', async () => {
    const database = await freshDatabase(kind, { migrateTo: '20261202140000_outbox_leases_and_job_runs' });
    try {
      const [a, b] = [await insertEarlierTenant(database.db), await insertEarlierTenant(database.db)];
      const customerOfB = await insertEarlierCustomer(database.db, b);
      await insertEarlierLocation(database.db, a, customerOfB);
      await expect(migrateToLatest(database.db, database.schema)).rejects.toThrow('1 stored rows break the rule "cross-tenant reference: locations.customer_id"');

      // Running it again once the row is gone proves the refused run left nothing half made.
      await runRaw(database.db, sql`delete from locations where organization_id = ${a}`);
      await migrateToLatest(database.db, database.schema);
      const wrongLocation = () =>
        database.db
          .insertInto('locations')
          .values({ id: newId(), tenant_id: a, customer_id: customerOfB, name: 'Wrong company', address: '1 Test Street', time_zone: 'UTC', created_at: isoNow() })
          .execute();
      expect(await refusalOf(wrongLocation())).not.toBeNull();
    } finally {
      await database.close();
    }
  });
});

async function sqliteForeignKeys(db: AnyDb): Promise<string[]> {
  const { rows: tables } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
  const keys: string[] = [];
  for (const { name } of tables) {
    const { rows } = await sql<{ parent: string; column: string }>`select "table" as parent, "from" as "column" from pragma_foreign_key_list(${name})`.execute(db);
    keys.push(...rows.map((r) => `${name}.${r.column} -> ${r.parent}`));
  }
  return keys;
}

// On PostgreSQL each tenant reference is one composite key (tenant_id, column); a
// single-column key left beside it would show up here as a second entry for the column.
async function postgresForeignKeys(db: AnyDb): Promise<string[]> {
  const { rows } = await sql<{ child: string; parent: string; columns: string[] }>`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.n) as columns
    from pg_constraint c join pg_namespace ns on ns.oid = c.connamespace
    where c.contype = 'f' and ns.nspname = current_schema()`.execute(db);
  return rows.map((r) => {
    const columns = r.parent === 'tenants' ? r.columns : r.columns.filter((column) => column !== 'tenant_id');
    expect(r.parent === 'tenants' || r.columns.join() === `tenant_id,${columns[0]}`, `${r.child} (${r.columns.join()})`).toBe(true);
    return `${r.child}.${columns.join()} -> ${r.parent}`;
  });
}
