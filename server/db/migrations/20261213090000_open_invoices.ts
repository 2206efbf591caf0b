import { sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// The invoices still owed, soonest due first, as an index of their own. The office's Unpaid and
// Overdue lists ask for two statuses (sent, partly paid); the status index orders each status apart,
// so the first page sorted every unpaid invoice of the company (10,000 in the bench) to show 25.
// Read from this index, a page is a range read in order, and the totals over the list (count, total,
// still owed) come from the index alone.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

export async function up(db: AnyDb): Promise<void> {
  await sql`create index invoices_open_due_idx on invoices (tenant_id, due_date, id, customer_id, status, total, paid, issue_date, created_at, number)
    where kind = 'invoice' and status in ('sent', 'partly_paid')`.execute(db);
}
