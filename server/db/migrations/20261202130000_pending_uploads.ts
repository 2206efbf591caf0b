import type { Kysely } from 'kysely';

// Frozen in time: never import app code here.
// Uploads not yet attached are counted per person (the quota) and swept by age (the daily prune).
export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  await db.schema.createIndex('attachments_uploader_idx').on('attachments').columns(['organization_id', 'uploaded_by_id', 'owner_id']).execute();
  await db.schema.createIndex('attachments_unattached_age_idx').on('attachments').columns(['owner_id', 'created_at']).execute();
}
