import type { Kysely } from 'kysely';

// Frozen in time: never import app code here.
export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  // Names the worker holding an email's lease: only that worker may mark it sent.
  await db.schema.alterTable('outbox_emails').addColumn('lease_id', 'text').execute();
  await db.schema.createIndex('outbox_emails_sent_idx').on('outbox_emails').columns(['status', 'sent_at']).execute();

  await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();

  // One row per periodic job: the instance that moves next_run_at forward runs it.
  await db.schema
    .createTable('job_runs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('next_run_at', 'text', (c) => c.notNull())
    .addColumn('last_started_at', 'text')
    .addColumn('last_finished_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
}
