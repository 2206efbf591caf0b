import type { Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// A staff member's own photo, shown to customers in Who's working while they are on site. The
// column names the stored file (under the tenant and the person); null means no photo. A new
// photo gets a new name, so the name doubles as the version browsers cache by.
export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  await db.schema.alterTable('staff_users').addColumn('photo_file', 'text').execute();
}
