import type { Kysely } from 'kysely';

// Frozen in time: never import app code here.
export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  // When the newest invitation went out; a person without a password is invited, not active.
  await db.schema.alterTable('staff_users').addColumn('invited_at', 'text').execute();
  // Set while the account is deactivated: kept on file (history, assignments) but refused everywhere.
  await db.schema.alterTable('staff_users').addColumn('deactivated_at', 'text').execute();
}
