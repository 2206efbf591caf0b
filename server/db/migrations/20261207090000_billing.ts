import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// Billing: what customers owe, how they pay it, and what they agreed to.
// - invoices (and credit notes, which correct a sent invoice) with their lines; a number is given
//   when an invoice is sent, so numbers run without gaps; a visit is invoiced once (visits.invoice_id,
//   cleared again when its invoice is voided);
// - quotes with their lines and agreement terms, accepted by a typed name (time and address kept);
// - cards: only the gateway's token, brand, last four digits and expiry;
// - payment attempts: each charge's idempotency key is stored before the gateway is called, so a
//   retry or a restart finds the attempt and asks the gateway instead of charging again;
// - the ledger: every money movement, append-only (the database refuses updates and deletes);
//   balances are sums over it;
// - the test gateway's own records, standing in for a card processor outside Porter.
// Amounts are integer minor units; tax rates and quantities are integer hundredths (2000 = 20%,
// 150 = 1.5). Keys between tenant rows are enforced as in the earlier migrations.
export const billingReferences = [
  { table: 'invoices', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'invoices', column: 'corrects_invoice_id', parent: 'invoices', onDelete: 'cascade' },
  { table: 'invoices', column: 'created_by_staff_id', parent: 'staff_users', onDelete: 'set null' },
  { table: 'invoice_lines', column: 'invoice_id', parent: 'invoices', onDelete: 'cascade' },
  { table: 'invoice_lines', column: 'tax_rate_id', parent: 'tax_rates', onDelete: 'set null' },
  { table: 'invoice_lines', column: 'visit_id', parent: 'visits', onDelete: 'set null' },
  { table: 'visits', column: 'invoice_id', parent: 'invoices', onDelete: 'set null' },
  { table: 'quotes', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'quotes', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'quotes', column: 'account_service_id', parent: 'account_services', onDelete: 'set null' },
  { table: 'quotes', column: 'first_invoice_id', parent: 'invoices', onDelete: 'set null' },
  { table: 'quotes', column: 'accepted_by_portal_user_id', parent: 'portal_users', onDelete: 'set null' },
  { table: 'quotes', column: 'created_by_staff_id', parent: 'staff_users', onDelete: 'set null' },
  { table: 'quote_lines', column: 'quote_id', parent: 'quotes', onDelete: 'cascade' },
  { table: 'quote_lines', column: 'tax_rate_id', parent: 'tax_rates', onDelete: 'set null' },
  { table: 'cards', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'cards', column: 'added_by_portal_user_id', parent: 'portal_users', onDelete: 'set null' },
  { table: 'payment_attempts', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'payment_attempts', column: 'card_id', parent: 'cards', onDelete: 'cascade' },
  { table: 'payment_attempts', column: 'portal_user_id', parent: 'portal_users', onDelete: 'set null' },
  { table: 'payment_attempts', column: 'staff_user_id', parent: 'staff_users', onDelete: 'set null' },
  { table: 'payment_attempt_invoices', column: 'payment_attempt_id', parent: 'payment_attempts', onDelete: 'cascade' },
  { table: 'payment_attempt_invoices', column: 'invoice_id', parent: 'invoices', onDelete: 'cascade' },
  { table: 'ledger_entries', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'ledger_entries', column: 'invoice_id', parent: 'invoices', onDelete: 'cascade' },
  { table: 'ledger_entries', column: 'payment_attempt_id', parent: 'payment_attempts', onDelete: 'cascade' },
  { table: 'ledger_entries', column: 'staff_user_id', parent: 'staff_users', onDelete: 'set null' },
  { table: 'ledger_entries', column: 'portal_user_id', parent: 'portal_users', onDelete: 'set null' },
] as const;

type Reference = (typeof billingReferences)[number];

const crossTenantMessage = (ref: Reference) => `cross-tenant reference: ${ref.table}.${ref.column}`;

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

export async function up(db: AnyDb): Promise<void> {
  await addSettings(db);
  await createTaxRates(db);
  await createInvoices(db);
  await createQuotes(db);
  await createPayments(db);
  await createTestGateway(db);
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) await addCompositeKeys(db);
  else await addTriggers(db);
  await refuseLedgerChanges(db, postgres);
}

async function addSettings(db: AnyDb): Promise<void> {
  // One invoice per completed visit ('visit'), or one per customer for a period's visits ('period').
  await db.schema.alterTable('tenants').addColumn('invoice_grouping', 'text', (c) => c.notNull().defaultTo('visit')).execute();
  await db.schema.alterTable('tenants').addColumn('invoice_due_days', 'integer', (c) => c.notNull().defaultTo(14)).execute();
  // Off: the office charges autopay invoices from its list. On: sending such an invoice charges it.
  await db.schema.alterTable('tenants').addColumn('autopay_charge_on_send', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
  // 'test' (the built-in test gateway) or 'stripe'.
  await db.schema.alterTable('tenants').addColumn('payment_gateway', 'text', (c) => c.notNull().defaultTo('test')).execute();
  await db.schema.alterTable('tenants').addColumn('stripe_publishable_key', 'text').execute();
  await db.schema.alterTable('tenants').addColumn('stripe_secret_key', 'text').execute();
  await db.schema.alterTable('tenants').addColumn('stripe_webhook_secret', 'text').execute();
  // A tip added to each new invoice, in minor units; 0 for none.
  await db.schema.alterTable('customers').addColumn('default_tip', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('customers').addColumn('autopay_since', 'text').execute();
  // The gateway's own customer record (Stripe's cus_…), made with the first card.
  await db.schema.alterTable('customers').addColumn('gateway_customer_id', 'text').execute();
  // Scheduled visits of a customer on autopay are paid by autopay.
  await db.schema.alterTable('visits').addColumn('autopay', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
}

async function createTaxRates(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('tax_rates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rate', 'integer', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tax_rates_tenant_idx').on('tax_rates').columns(['tenant_id', 'name']).execute();
}

// The columns a line of an invoice and of a quote share.
function lineColumns(table: ReturnType<AnyDb['schema']['createTable']>) {
  return table
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_price', 'integer', (c) => c.notNull())
    .addColumn('discount', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tax_rate_id', 'text', (c) => c.references('tax_rates.id').onDelete('set null'))
    // The rate and its name as they were when the line was written.
    .addColumn('tax_rate', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tax_name', 'text')
    .addColumn('net', 'integer', (c) => c.notNull())
    .addColumn('tax', 'integer', (c) => c.notNull());
}

// The totals an invoice and a quote share, kept with the document (a sent one never changes).
function totalColumns(table: ReturnType<AnyDb['schema']['createTable']>) {
  return table
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('subtotal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('discount_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tax_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0));
}

async function createInvoices(db: AnyDb): Promise<void> {
  const invoices = db.schema
    .createTable('invoices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    // 'invoice' or 'credit_note'
    .addColumn('kind', 'text', (c) => c.notNull())
    // Given on sending: INV-2026-0001, or CN-2026-0001 for a credit note.
    .addColumn('number', 'text')
    // draft | sent | partly_paid | paid | void
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('corrects_invoice_id', 'text', (c) => c.references('invoices.id').onDelete('cascade'))
    .addColumn('issue_date', 'text')
    .addColumn('due_date', 'text')
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text');
  await totalColumns(invoices)
    // The tip the customer adds, charged with the invoice's payment but never part of its balance.
    .addColumn('tip', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('void_reason', 'text')
    .addColumn('created_by_staff_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('invoices_number_unique').on('invoices').columns(['tenant_id', 'number']).unique().execute();
  await db.schema.createIndex('invoices_status_due_idx').on('invoices').columns(['tenant_id', 'status', 'due_date']).execute();
  await db.schema.createIndex('invoices_customer_idx').on('invoices').columns(['tenant_id', 'customer_id', 'created_at']).execute();

  await lineColumns(
    db.schema
      .createTable('invoice_lines')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
      .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id').onDelete('cascade'))
      .addColumn('visit_id', 'text', (c) => c.references('visits.id').onDelete('set null')),
  ).execute();
  await db.schema.createIndex('invoice_lines_invoice_idx').on('invoice_lines').columns(['tenant_id', 'invoice_id', 'position']).execute();
  await db.schema.alterTable('visits').addColumn('invoice_id', 'text', (c) => c.references('invoices.id').onDelete('set null')).execute();
  await db.schema.createIndex('visits_invoice_idx').on('visits').columns(['tenant_id', 'invoice_id']).execute();
}

async function createQuotes(db: AnyDb): Promise<void> {
  const quotes = db.schema
    .createTable('quotes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    // Given on sending: Q-2026-0001.
    .addColumn('number', 'text')
    // draft | sent | accepted | declined
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull());
  await totalColumns(quotes)
    .addColumn('sent_at', 'text')
    .addColumn('accepted_at', 'text')
    // The name typed as a signature, and the address and browser it came from.
    .addColumn('accepted_name', 'text')
    .addColumn('accepted_ip', 'text')
    .addColumn('accepted_user_agent', 'text')
    .addColumn('accepted_by_portal_user_id', 'text', (c) => c.references('portal_users.id').onDelete('set null'))
    .addColumn('declined_at', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('account_service_id', 'text', (c) => c.references('account_services.id').onDelete('set null'))
    .addColumn('first_invoice_id', 'text', (c) => c.references('invoices.id').onDelete('set null'))
    .addColumn('created_by_staff_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quotes_number_unique').on('quotes').columns(['tenant_id', 'number']).unique().execute();
  await db.schema.createIndex('quotes_customer_idx').on('quotes').columns(['tenant_id', 'customer_id', 'status']).execute();

  await lineColumns(
    db.schema
      .createTable('quote_lines')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
      .addColumn('quote_id', 'text', (c) => c.notNull().references('quotes.id').onDelete('cascade')),
  ).execute();
  await db.schema.createIndex('quote_lines_quote_idx').on('quote_lines').columns(['tenant_id', 'quote_id', 'position']).execute();
}

async function createPayments(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('cards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('gateway', 'text', (c) => c.notNull())
    // The gateway's payment method id (Stripe's pm_…): the only thing that can charge the card.
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('brand', 'text', (c) => c.notNull())
    .addColumn('last4', 'text', (c) => c.notNull())
    .addColumn('exp_month', 'integer', (c) => c.notNull())
    .addColumn('exp_year', 'integer', (c) => c.notNull())
    .addColumn('is_default', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('added_by_portal_user_id', 'text', (c) => c.references('portal_users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema.createIndex('cards_customer_idx').on('cards').columns(['tenant_id', 'customer_id']).execute();
  await db.schema.createIndex('cards_token_unique').on('cards').columns(['tenant_id', 'gateway', 'token']).unique().execute();

  await db.schema
    .createTable('payment_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    // Made before the gateway is called and sent with the charge: the gateway answers a repeat with the first charge.
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('gateway', 'text', (c) => c.notNull())
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id').onDelete('cascade'))
    // What is charged: the invoices' amounts plus tips (or a prepayment).
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('tip', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('currency', 'text', (c) => c.notNull())
    // 'invoices' or 'prepayment'
    .addColumn('purpose', 'text', (c) => c.notNull())
    // pending | requires_action | succeeded | failed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('gateway_payment_id', 'text')
    .addColumn('next_action_url', 'text')
    .addColumn('failure_code', 'text')
    // portal | office | autopay
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('portal_user_id', 'text', (c) => c.references('portal_users.id').onDelete('set null'))
    .addColumn('staff_user_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('settled_at', 'text')
    .execute();
  await db.schema.createIndex('payment_attempts_key_unique').on('payment_attempts').columns(['tenant_id', 'idempotency_key']).unique().execute();
  await db.schema.createIndex('payment_attempts_status_idx').on('payment_attempts').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('payment_attempts_gateway_idx').on('payment_attempts').columns(['gateway', 'gateway_payment_id']).execute();

  // What an attempt pays: each invoice's amount and tip.
  await db.schema
    .createTable('payment_attempt_invoices')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('payment_attempt_id', 'text', (c) => c.notNull().references('payment_attempts.id').onDelete('cascade'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id').onDelete('cascade'))
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('tip', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('payment_attempt_invoices_pk', ['payment_attempt_id', 'invoice_id'])
    .execute();

  await db.schema
    .createTable('ledger_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    // charge | refund | tip | prepayment | credit_applied | manual_payment | credit_note
    .addColumn('kind', 'text', (c) => c.notNull())
    // Always positive; the kind says which way it moves.
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('invoice_id', 'text', (c) => c.references('invoices.id').onDelete('cascade'))
    .addColumn('payment_attempt_id', 'text', (c) => c.references('payment_attempts.id').onDelete('cascade'))
    // card | cash | cheque | bank_transfer | credit
    .addColumn('method', 'text')
    .addColumn('reference', 'text')
    .addColumn('note', 'text')
    .addColumn('staff_user_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('portal_user_id', 'text', (c) => c.references('portal_users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ledger_entries_customer_idx').on('ledger_entries').columns(['tenant_id', 'customer_id', 'created_at']).execute();
  await db.schema.createIndex('ledger_entries_invoice_idx').on('ledger_entries').columns(['tenant_id', 'invoice_id']).execute();
  // An attempt settles once: a second settling of the same attempt cannot post the same entry again.
  await db.schema.createIndex('ledger_entries_attempt_unique').on('ledger_entries').columns(['tenant_id', 'payment_attempt_id', 'kind', 'invoice_id']).unique().execute();
}

// The test gateway's side: set-up intents, the cards they saved, and payments, as a processor keeps them.
async function createTestGateway(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('test_gateway_objects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    // setup_intent | payment_method | payment_intent
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text')
    // JSON: what the processor knows of it (card brand and last four, amount, the card charged).
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('test_gateway_objects_key_unique').on('test_gateway_objects').columns(['tenant_id', 'idempotency_key']).unique().execute();
}

// As in the visits migration: a parent gets a unique (tenant_id, id) where it lacks one, and each
// single-column key becomes a composite one that keeps its delete action.
async function addCompositeKeys(db: AnyDb): Promise<void> {
  for (const parent of ['tax_rates', 'invoices', 'quotes', 'cards', 'payment_attempts']) {
    await sql`alter table ${sql.table(parent)} add constraint ${sql.id(`${parent}_tenant_id_id_unique`)} unique (tenant_id, id)`.execute(db);
  }
  for (const ref of billingReferences) {
    const column = sql.ref(ref.column);
    const onDelete = ref.onDelete === 'cascade' ? sql`on delete cascade` : sql`on delete set null (${column})`;
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (tenant_id, ${column}) references ${sql.table(ref.parent)} (tenant_id, id) match simple ${onDelete}`.execute(db);
  }
}

async function addTriggers(db: AnyDb): Promise<void> {
  for (const ref of billingReferences) {
    const refuse = sql`
      when new.${sql.ref(ref.column)} is not null
      begin
        select raise(abort, ${sql.raw(`'${crossTenantMessage(ref)}'`)})
        where exists (select 1 from ${sql.table(ref.parent)} p where p.id = new.${sql.ref(ref.column)} and p.tenant_id <> new.tenant_id);
      end`;
    const name = `${ref.table}_${ref.column}_tenant`;
    await sql`create trigger ${sql.id(`${name}_insert`)} before insert on ${sql.table(ref.table)} for each row ${refuse}`.execute(db);
    await sql`create trigger ${sql.id(`${name}_update`)} before update of ${sql.ref(ref.column)}, tenant_id on ${sql.table(ref.table)} for each row ${refuse}`.execute(db);
    await sql`create trigger ${sql.id(`${name}_parent_update`)} before update of tenant_id on ${sql.table(ref.parent)} for each row
      begin
        select raise(abort, ${sql.raw(`'${crossTenantMessage(ref)}'`)})
        where exists (select 1 from ${sql.table(ref.table)} c where c.${sql.ref(ref.column)} = old.id and c.tenant_id <> new.tenant_id);
      end`.execute(db);
  }
}

// A ledger entry, once written, is history: corrections are new entries. Only the people it names may
// be emptied (a portal user removed, a key's `set null`); deleting a whole customer or tenant still
// removes theirs (a cascade), which no product action does.
export const ledgerFacts = ['tenant_id', 'customer_id', 'kind', 'amount', 'currency', 'invoice_id', 'payment_attempt_id', 'method', 'reference', 'note', 'created_at'] as const;

async function refuseLedgerChanges(db: AnyDb, postgres: boolean): Promise<void> {
  const columns = sql.join(ledgerFacts.map((column) => sql.ref(column)));
  if (postgres) {
    await sql`create function ledger_entries_append_only() returns trigger language plpgsql as $$
      begin raise exception 'ledger entries are append-only'; end $$`.execute(db);
    await sql`create trigger ledger_entries_append_only before update of ${columns} on ledger_entries for each row execute function ledger_entries_append_only()`.execute(db);
    return;
  }
  await sql`create trigger ledger_entries_append_only before update of ${columns} on ledger_entries for each row
    begin select raise(abort, 'ledger entries are append-only'); end`.execute(db);
}
