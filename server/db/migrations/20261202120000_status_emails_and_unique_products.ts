import { sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  // Whether a portal user is emailed when one of their requests changes status; replies are always emailed.
  await db.schema.alterTable('portal_users').addColumn('request_status_emails', 'boolean', (c) => c.notNull().defaultTo(true)).execute();
  // One product per name (whatever its case) and per SKU in a company's catalogue, so two people
  // adding the same product at once cannot both succeed. A missing SKU (NULL) never collides.
  await sql`create unique index supply_products_org_name_unique on supply_products (organization_id, lower(name))`.execute(db);
  await db.schema.createIndex('supply_products_org_sku_unique').on('supply_products').columns(['organization_id', 'sku']).unique().execute();
}
