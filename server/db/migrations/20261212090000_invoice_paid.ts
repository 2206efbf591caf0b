import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// What has been paid towards each invoice, kept on the invoice by the database. The ledger stays
// the record: every entry is still there and the balance is still its sum. But the office's unpaid
// list shows what is owed over all its rows (10,000 unpaid invoices in a large company), and
// summing each one's ledger entries per request cost 40–90 ms. The ledger is append-only, so a
// trigger that adds each new entry's share to its invoice keeps `paid` equal to the sum, on every
// code path, without a read. A deleted entry (a cascade) takes its share back.
//
// Towards an invoice: charge, manual_payment, credit_applied and credit_note pay it; refund gives
// back; tips and prepayments never count.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

const share = (entry: 'new' | 'old') =>
  sql.raw(`case when ${entry}.kind in ('charge', 'manual_payment', 'credit_applied', 'credit_note') then ${entry}.amount when ${entry}.kind = 'refund' then -${entry}.amount else 0 end`);

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('invoices').addColumn('paid', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update invoices set paid = coalesce((
      select sum(case when l.kind in ('charge', 'manual_payment', 'credit_applied', 'credit_note') then l.amount when l.kind = 'refund' then -l.amount else 0 end)
      from ledger_entries l where l.tenant_id = invoices.tenant_id and l.invoice_id = invoices.id), 0)
    where exists (select 1 from ledger_entries l where l.tenant_id = invoices.tenant_id and l.invoice_id = invoices.id)`.execute(db);
  if (db.getExecutor().adapter instanceof PostgresAdapter) await postgresTriggers(db);
  else await sqliteTriggers(db);
}

async function sqliteTriggers(db: AnyDb): Promise<void> {
  await sql`create trigger ledger_entries_invoice_paid_insert after insert on ledger_entries for each row when new.invoice_id is not null
    begin
      update invoices set paid = paid + (${share('new')}) where tenant_id = new.tenant_id and id = new.invoice_id;
    end`.execute(db);
  await sql`create trigger ledger_entries_invoice_paid_delete after delete on ledger_entries for each row when old.invoice_id is not null
    begin
      update invoices set paid = paid - (${share('old')}) where tenant_id = old.tenant_id and id = old.invoice_id;
    end`.execute(db);
}

async function postgresTriggers(db: AnyDb): Promise<void> {
  await sql`create function ledger_entries_invoice_paid() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        update invoices set paid = paid + (${share('new')}) where tenant_id = new.tenant_id and id = new.invoice_id;
      else
        update invoices set paid = paid - (${share('old')}) where tenant_id = old.tenant_id and id = old.invoice_id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger ledger_entries_invoice_paid_insert after insert on ledger_entries for each row
    when (new.invoice_id is not null) execute function ledger_entries_invoice_paid()`.execute(db);
  await sql`create trigger ledger_entries_invoice_paid_delete after delete on ledger_entries for each row
    when (old.invoice_id is not null) execute function ledger_entries_invoice_paid()`.execute(db);
}
