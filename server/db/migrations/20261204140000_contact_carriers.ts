import type { Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// A contact's reminder texts go through the carrier's email-to-text gateway, as staff texts do:
// the contact's carrier id, and the gateway domain when the carrier is "other".
export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  await db.schema.alterTable('customer_contacts').addColumn('mobile_carrier', 'text').execute();
  await db.schema.alterTable('customer_contacts').addColumn('mobile_carrier_domain', 'text').execute();
}
