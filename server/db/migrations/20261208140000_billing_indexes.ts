import type { Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// Indexes for billing's lists and totals on a tenant with 200,000 invoices (measured with
// `BENCH_ONLY=billing npm run bench`). Most carry every column their queries filter on, sort by and
// sum, so no invoice's row is read from the table:
// - the office's lists by status (unpaid, overdue, paid, void) in due-date order, with the filters
//   (customer, dates, amounts, number) and the totals over all of them;
// - the days the office filters on: the issue date, or for a draft the time it was created (a range
//   of days, rather than the whole tenant, is read from the table);
// - a customer's sent invoices newest first, as the portal lists, counts and sums them;
// - what the ledger paid towards an invoice: kind and amount beside the invoice, so the sum for
//   each invoice of a list's totals is one index lookup.
// The first and last replace narrower indexes that are their prefixes.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('invoices_status_due_idx').execute();
  await db.schema
    .createIndex('invoices_status_due_idx')
    .on('invoices')
    .columns(['tenant_id', 'status', 'due_date', 'id', 'kind', 'customer_id', 'total', 'issue_date', 'created_at', 'number'])
    .execute();
  await db.schema.createIndex('invoices_issued_idx').on('invoices').columns(['tenant_id', 'issue_date', 'created_at']).execute();
  await db.schema
    .createIndex('invoices_customer_issued_idx')
    .on('invoices')
    .columns(['tenant_id', 'customer_id', 'issue_date', 'number', 'id', 'kind', 'status', 'total', 'due_date'])
    .execute();
  await db.schema.dropIndex('ledger_entries_invoice_idx').execute();
  await db.schema.createIndex('ledger_entries_invoice_idx').on('ledger_entries').columns(['tenant_id', 'invoice_id', 'kind', 'amount']).execute();
}
