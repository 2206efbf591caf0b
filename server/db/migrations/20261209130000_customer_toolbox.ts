import type { Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// The office's customer toolbox, second part:
// - an outbox email may carry a Reply-To: a message the office sends a customer's contact is
//   answered to the staff member who wrote it, not to the company's no-reply sender;
// - a customer's switches for the automatic notices its portal users get about visits (On my way,
//   visit done, a visit moved, skipped or cancelled), each on until the office switches it off.
// No new table, so no new cross-tenant keys.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('outbox_emails').addColumn('reply_to', 'text').execute();
  for (const column of ['notify_on_my_way', 'notify_visit_done', 'notify_visit_changes']) {
    await db.schema.alterTable('customers').addColumn(column, 'boolean', (c) => c.notNull().defaultTo(true)).execute();
  }
}
