import type { Kysely } from 'kysely';

// Frozen in time: never import app code here.
export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  // Whether a portal user is emailed when one of their requests changes status; replies are always emailed.
  await db.schema.alterTable('portal_users').addColumn('request_status_emails', 'boolean', (c) => c.notNull().defaultTo(true)).execute();
}
