import type { Kysely } from 'kysely';

// A reset, invitation or email-change link is kept apart from the body the outbox viewer reads,
// so only its addressee ever sees it; the mail worker puts it back when it sends.
export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  await db.schema.alterTable('outbox_emails').addColumn('secret_link', 'text').execute();
}
