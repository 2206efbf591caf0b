import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// Custom fields: the company's own fields on customers and on locations (text, number, date,
// choice, yes/no), each hidden from the portal, shown there, or editable there by the customer, in
// an order the office chooses. An archived field keeps its values and is shown nowhere; deleting a
// field deletes its values. A value belongs to one customer or one location, and goes with it.
// With the company's switch on, a change a customer saves in the portal opens a request for the
// office. Keys between tenant rows are enforced as in the earlier migrations.
export const customFieldReferences = [
  { table: 'custom_field_values', column: 'field_id', parent: 'custom_fields', onDelete: 'cascade' },
  { table: 'custom_field_values', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'custom_field_values', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
] as const;

type Reference = (typeof customFieldReferences)[number];

const crossTenantMessage = (ref: Reference) => `cross-tenant reference: ${ref.table}.${ref.column}`;

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('tenants').addColumn('portal_change_tickets', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
  await db.schema
    .createTable('custom_fields')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    // customer | location
    .addColumn('applies_to', 'text', (c) => c.notNull())
    // text | number | date | choice | yesNo
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    // A choice's options, a JSON array of text in order; [] for the other types.
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('min_value', 'double precision')
    .addColumn('max_value', 'double precision')
    // hidden | shown | editable
    .addColumn('portal_visibility', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('custom_fields_owner_idx').on('custom_fields').columns(['tenant_id', 'applies_to', 'position']).execute();

  await db.schema
    .createTable('custom_field_values')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('field_id', 'text', (c) => c.notNull().references('custom_fields.id').onDelete('cascade'))
    // Exactly one of the two, as the field applies to customers or locations.
    .addColumn('customer_id', 'text', (c) => c.references('customers.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.references('locations.id').onDelete('cascade'))
    // As written by the shared check: text, a number, YYYY-MM-DD, an option, yes or no. No row: no value.
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Nulls differ from each other in a unique index on both databases, so each holds for its own kind of owner.
  await db.schema.createIndex('custom_field_values_customer_unique').on('custom_field_values').columns(['field_id', 'customer_id']).unique().execute();
  await db.schema.createIndex('custom_field_values_location_unique').on('custom_field_values').columns(['field_id', 'location_id']).unique().execute();
  await db.schema.createIndex('custom_field_values_customer_idx').on('custom_field_values').columns(['tenant_id', 'customer_id']).execute();
  await db.schema.createIndex('custom_field_values_location_idx').on('custom_field_values').columns(['tenant_id', 'location_id']).execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) await addCompositeKeys(db);
  else await addTriggers(db);
}

// As in the visits migration: a parent gets a unique (tenant_id, id) where it lacks one, and each
// single-column key becomes a composite one that keeps its delete action.
async function addCompositeKeys(db: AnyDb): Promise<void> {
  await sql`alter table custom_fields add constraint custom_fields_tenant_id_id_unique unique (tenant_id, id)`.execute(db);
  for (const ref of customFieldReferences) {
    const column = sql.ref(ref.column);
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (tenant_id, ${column}) references ${sql.table(ref.parent)} (tenant_id, id) match simple on delete cascade`.execute(db);
  }
}

async function addTriggers(db: AnyDb): Promise<void> {
  for (const ref of customFieldReferences) {
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
