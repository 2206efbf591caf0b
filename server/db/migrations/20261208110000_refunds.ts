import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// Refunds of card payments, made by the office:
// - a refund gives back part or all of what one card payment paid towards one invoice; like a
//   charge, its idempotency key is stored before the gateway is called, so a double click or a
//   retry after a lost answer finds the same refund and the gateway refunds once;
// - a refund that went through is written to the ledger once: the entry names its refund, and a
//   refund has at most one entry. A refund entry names no payment attempt, so a second partial
//   refund of the same charge never meets the one-entry-per-attempt index.
// Keys between tenant rows are enforced as in the earlier migrations.
export const refundReferences = [
  { table: 'refunds', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'refunds', column: 'payment_attempt_id', parent: 'payment_attempts', onDelete: 'cascade' },
  { table: 'refunds', column: 'invoice_id', parent: 'invoices', onDelete: 'cascade' },
  { table: 'refunds', column: 'staff_user_id', parent: 'staff_users', onDelete: 'set null' },
  { table: 'ledger_entries', column: 'refund_id', parent: 'refunds', onDelete: 'cascade' },
] as const;

type Reference = (typeof refundReferences)[number];

const crossTenantMessage = (ref: Reference) => `cross-tenant reference: ${ref.table}.${ref.column}`;

// What a ledger entry records, now with the refund it writes; none of it may change once written.
export const ledgerFactsWithRefund = ['tenant_id', 'customer_id', 'kind', 'amount', 'currency', 'invoice_id', 'payment_attempt_id', 'refund_id', 'method', 'reference', 'note', 'created_at'] as const;

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('refunds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    // The card payment refunded, and the invoice whose part of it is given back.
    .addColumn('payment_attempt_id', 'text', (c) => c.notNull().references('payment_attempts.id').onDelete('cascade'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id').onDelete('cascade'))
    // Made by the office's page before the gateway is called, and sent with the refund.
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    // pending | succeeded | failed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('gateway_refund_id', 'text')
    .addColumn('failure_code', 'text')
    .addColumn('staff_user_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('settled_at', 'text')
    .execute();
  await db.schema.createIndex('refunds_key_unique').on('refunds').columns(['tenant_id', 'idempotency_key']).unique().execute();
  await db.schema.createIndex('refunds_payment_idx').on('refunds').columns(['tenant_id', 'payment_attempt_id', 'invoice_id']).execute();
  await db.schema.createIndex('refunds_status_idx').on('refunds').columns(['status', 'created_at']).execute();

  await db.schema.alterTable('ledger_entries').addColumn('refund_id', 'text', (c) => c.references('refunds.id').onDelete('cascade')).execute();
  await db.schema.createIndex('ledger_entries_refund_unique').on('ledger_entries').columns(['tenant_id', 'refund_id']).unique().execute();

  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) await addCompositeKeys(db);
  else await addTriggers(db);
  await refuseLedgerChanges(db, postgres);
}

// As in the billing migration: each single-column key becomes a composite one that keeps its delete action.
async function addCompositeKeys(db: AnyDb): Promise<void> {
  await sql`alter table refunds add constraint refunds_tenant_id_id_unique unique (tenant_id, id)`.execute(db);
  for (const ref of refundReferences) {
    const column = sql.ref(ref.column);
    const onDelete = ref.onDelete === 'cascade' ? sql`on delete cascade` : sql`on delete set null (${column})`;
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (tenant_id, ${column}) references ${sql.table(ref.parent)} (tenant_id, id) match simple ${onDelete}`.execute(db);
  }
}

async function addTriggers(db: AnyDb): Promise<void> {
  for (const ref of refundReferences) {
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

// The ledger's append-only trigger, remade to cover the new column too.
async function refuseLedgerChanges(db: AnyDb, postgres: boolean): Promise<void> {
  const columns = sql.join(ledgerFactsWithRefund.map((column) => sql.ref(column)));
  if (postgres) {
    await sql`drop trigger ledger_entries_append_only on ledger_entries`.execute(db);
    await sql`create trigger ledger_entries_append_only before update of ${columns} on ledger_entries for each row execute function ledger_entries_append_only()`.execute(db);
    return;
  }
  await sql`drop trigger ledger_entries_append_only`.execute(db);
  await sql`create trigger ledger_entries_append_only before update of ${columns} on ledger_entries for each row
    begin select raise(abort, 'ledger entries are append-only'); end`.execute(db);
}
