import type { Kysely } from 'kysely';

// Frozen in time: never import app code here.
export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  await db.schema
    .createTable('services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('visible_in_portal', 'boolean', (c) => c.notNull().defaultTo(true))
    // Covers every location, including ones added later.
    .addColumn('all_locations', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('services_org_name_idx').on('services').columns(['organization_id', 'name']).execute();

  await db.schema
    .createTable('service_locations')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('service_locations_pk', ['service_id', 'location_id'])
    .execute();
  await db.schema.createIndex('service_locations_location_idx').on('service_locations').columns(['organization_id', 'location_id', 'service_id']).execute();

  await db.schema
    .createTable('ticket_categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ticket_categories_org_idx').on('ticket_categories').columns(['organization_id', 'name']).execute();

  await db.schema
    .createTable('reference_counters')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('reference_counters_pk', ['organization_id', 'prefix', 'year'])
    .execute();

  await db.schema
    .createTable('service_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    .addColumn('portal_user_id', 'text', (c) => c.references('portal_users.id').onDelete('set null'))
    .addColumn('service_id', 'text', (c) => c.references('services.id').onDelete('set null'))
    .addColumn('category_id', 'text', (c) => c.references('ticket_categories.id').onDelete('set null'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    // Visits arrive later; the link is kept without a foreign key until then.
    .addColumn('visit_id', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('service_requests_org_reference_unique').on('service_requests').columns(['organization_id', 'reference']).unique().execute();
  await db.schema.createIndex('service_requests_org_created_idx').on('service_requests').columns(['organization_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('service_requests_org_status_idx').on('service_requests').columns(['organization_id', 'status', 'created_at', 'id']).execute();
  await db.schema.createIndex('service_requests_org_location_idx').on('service_requests').columns(['organization_id', 'location_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('service_requests_org_assignee_idx').on('service_requests').columns(['organization_id', 'assignee_id', 'created_at']).execute();

  await db.schema
    .createTable('service_request_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('service_requests.id').onDelete('cascade'))
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('internal', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('status_from', 'text')
    .addColumn('status_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('service_request_messages_request_idx').on('service_request_messages').columns(['organization_id', 'request_id', 'created_at']).execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.references('locations.id').onDelete('cascade'))
    .addColumn('owner_type', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('uploaded_by_kind', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('thumbnail_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_owner_idx').on('attachments').columns(['organization_id', 'owner_type', 'owner_id']).execute();

  await db.schema
    .createTable('supply_products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('sku', 'text')
    .addColumn('image_attachment_id', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('supply_products_org_name_idx').on('supply_products').columns(['organization_id', 'name']).execute();

  await db.schema
    .createTable('customer_supply_products')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('product_id', 'text', (c) => c.notNull().references('supply_products.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('customer_supply_products_pk', ['customer_id', 'product_id'])
    .execute();

  await db.schema
    .createTable('supply_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    .addColumn('portal_user_id', 'text', (c) => c.references('portal_users.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('note_to_customer', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('supply_orders_org_reference_unique').on('supply_orders').columns(['organization_id', 'reference']).unique().execute();
  await db.schema.createIndex('supply_orders_org_created_idx').on('supply_orders').columns(['organization_id', 'created_at']).execute();
  await db.schema.createIndex('supply_orders_org_location_idx').on('supply_orders').columns(['organization_id', 'location_id', 'created_at']).execute();

  await db.schema
    .createTable('supply_order_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('order_id', 'text', (c) => c.notNull().references('supply_orders.id').onDelete('cascade'))
    .addColumn('product_id', 'text', (c) => c.references('supply_products.id').onDelete('set null'))
    .addColumn('product_name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('supply_order_lines_order_idx').on('supply_order_lines').columns(['organization_id', 'order_id']).execute();

  await db.schema
    .createTable('feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    .addColumn('portal_user_id', 'text', (c) => c.references('portal_users.id').onDelete('set null'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_org_created_idx').on('feedback').columns(['organization_id', 'created_at']).execute();
  await db.schema.createIndex('feedback_org_location_idx').on('feedback').columns(['organization_id', 'location_id', 'created_at']).execute();
  await db.schema.createIndex('feedback_org_customer_idx').on('feedback').columns(['organization_id', 'customer_id', 'created_at']).execute();

  await db.schema
    .createTable('staff_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('staff_notifications_staff_idx').on('staff_notifications').columns(['organization_id', 'staff_user_id', 'read_at', 'created_at']).execute();
}
