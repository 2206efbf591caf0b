import type { Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// The code says *tenant* for a cleaning company that runs Porter, and the screens say *company*;
// the first migrations added a third word, *organization*. The tables now say tenant, like the code.
const tablesWithTheirTenant = [
  'staff_users', 'customers', 'locations', 'portal_users', 'portal_user_customers', 'portal_user_locations', 'sessions',
  'account_tokens', 'audit_events', 'outbox_emails', 'customer_contacts', 'staff_location_assignments', 'services',
  'service_locations', 'request_categories', 'reference_counters', 'service_requests', 'service_request_messages',
  'attachments', 'supply_products', 'customer_supply_products', 'supply_orders', 'supply_order_lines', 'feedback',
  'staff_notifications',
];

export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  // Both databases carry keys, indexes and SQLite's tenant triggers over to the new names.
  await db.schema.alterTable('organizations').renameTo('tenants').execute();
  for (const table of tablesWithTheirTenant) {
    await db.schema.alterTable(table).renameColumn('organization_id', 'tenant_id').execute();
  }
}
