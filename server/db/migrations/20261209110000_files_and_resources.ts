import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// Files and resources:
// - a company's upload size limit for files (megabytes; the app bounds it);
// - files per location (images, documents, videos) the office uploads, each shared with the
//   customer's portal or kept in the office; the bytes live in the file store under `storage_key`;
// - resources per customer: a file or a hyperlink, internal or shared with the customer.
// Deleting a location or a customer removes its rows; a removed staff member's uploads stay, without
// the name. Keys between tenant rows are enforced as in the earlier migrations.
export const fileReferences = [
  { table: 'location_files', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'location_files', column: 'uploaded_by_id', parent: 'staff_users', onDelete: 'set null' },
  { table: 'customer_resources', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'customer_resources', column: 'created_by_id', parent: 'staff_users', onDelete: 'set null' },
] as const;

type Reference = (typeof fileReferences)[number];

const crossTenantMessage = (ref: Reference) => `cross-tenant reference: ${ref.table}.${ref.column}`;

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('tenants').addColumn('file_upload_limit_mb', 'integer', (c) => c.notNull().defaultTo(25)).execute();
  await db.schema
    .createTable('location_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    .addColumn('uploaded_by_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    // image | document | video
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('shared', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('location_files_location_idx').on('location_files').columns(['tenant_id', 'location_id', 'created_at']).execute();
  await db.schema
    .createTable('customer_resources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('created_by_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    // file | link
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    // A link's address (http or https only); null for a file.
    .addColumn('url', 'text')
    // A file's name, type, size and place in the store; null for a link.
    .addColumn('file_name', 'text')
    .addColumn('content_type', 'text')
    .addColumn('size_bytes', 'integer')
    .addColumn('storage_key', 'text')
    .addColumn('shared', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('customer_resources_customer_idx').on('customer_resources').columns(['tenant_id', 'customer_id', 'created_at']).execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) await addCompositeKeys(db);
  else await addTriggers(db);
}

// As in the earlier migrations: each single-column key becomes a composite one that keeps its delete action.
async function addCompositeKeys(db: AnyDb): Promise<void> {
  for (const ref of fileReferences) {
    const column = sql.ref(ref.column);
    const onDelete = ref.onDelete === 'cascade' ? sql`on delete cascade` : sql`on delete set null (${column})`;
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (tenant_id, ${column}) references ${sql.table(ref.parent)} (tenant_id, id) match simple ${onDelete}`.execute(db);
  }
}

async function addTriggers(db: AnyDb): Promise<void> {
  for (const ref of fileReferences) {
    const refuse = sql`
      when new.${sql.ref(ref.column)} is not null
      begin
        select raise(abort, ${sql.raw(`'${crossTenantMessage(ref)}'`)})
        where exists (select 1 from ${sql.table(ref.parent)} p where p.id = new.${sql.ref(ref.column)} and p.tenant_id <> new.tenant_id);
      end`;
    const name = `${ref.table}_${ref.column}_tenant`;
    await sql`create trigger ${sql.id(`${name}_insert`)} before insert on ${sql.table(ref.table)} for each row ${refuse}`.execute(db);
    await sql`create trigger ${sql.id(`${name}_update`)} before update of ${sql.ref(ref.column)}, tenant_id on ${sql.table(ref.table)} for each row ${refuse}`.execute(db);
    await sql`create trigger ${sql.id(`${name}_parent_update`)} before update of tenant_id on ${sql.table(ref.parent)} for each row
      begin
        select raise(abort, ${sql.raw(`'${crossTenantMessage(ref)}'`)})
        where exists (select 1 from ${sql.table(ref.table)} c where c.${sql.ref(ref.column)} = old.id and c.tenant_id <> new.tenant_id);
      end`.execute(db);
  }
}
