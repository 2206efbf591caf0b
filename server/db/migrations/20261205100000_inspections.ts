import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// Quality checks: the scale a company rates on, whether its customers may inspect their own
// visits, and inspections with one row per area inspected. An area keeps its own name (a
// snapshot of the cleaning plan's area when inspected), so renaming or removing the area later
// never rewrites a past inspection; it points at no plan row for the same reason. Each
// inspection keeps the scale it was rated on, so changing the company's scale later never
// reinterprets old ratings. Keys between tenant tables get the composite/trigger treatment.
export const inspectionReferences = [
  { table: 'inspections', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'inspections', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'inspections', column: 'visit_id', parent: 'visits', onDelete: 'set null' },
  { table: 'inspection_areas', column: 'inspection_id', parent: 'inspections', onDelete: 'cascade' },
] as const;

type Reference = (typeof inspectionReferences)[number];

const crossTenantMessage = (ref: Reference) => `cross-tenant reference: ${ref.table}.${ref.column}`;

export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  // five_point (1 to 5) or pass_fail.
  await db.schema.alterTable('tenants').addColumn('inspection_scale', 'text', (c) => c.notNull().defaultTo('five_point')).execute();
  await db.schema.alterTable('tenants').addColumn('customers_inspect_visits', 'boolean', (c) => c.notNull().defaultTo(false)).execute();

  await db.schema
    .createTable('inspections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    .addColumn('visit_id', 'text', (c) => c.references('visits.id').onDelete('set null'))
    // five_point | pass_fail: the company's scale when the inspection was made.
    .addColumn('scale', 'text', (c) => c.notNull())
    // 0 to 100, from the rated areas; null when no area was rated.
    .addColumn('score', 'integer')
    .addColumn('note', 'text')
    // staff | portal: who inspected, and their name as it was then.
    .addColumn('inspected_by_kind', 'text', (c) => c.notNull())
    .addColumn('inspected_by_id', 'text', (c) => c.notNull())
    .addColumn('inspector_name', 'text', (c) => c.notNull())
    .addColumn('inspected_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspections_location_idx').on('inspections').columns(['tenant_id', 'location_id', 'inspected_at']).execute();
  await db.schema.createIndex('inspections_customer_idx').on('inspections').columns(['tenant_id', 'customer_id', 'inspected_at']).execute();
  await db.schema.createIndex('inspections_tenant_idx').on('inspections').columns(['tenant_id', 'inspected_at']).execute();
  await db.schema.createIndex('inspections_visit_idx').on('inspections').columns(['tenant_id', 'visit_id']).execute();

  await db.schema
    .createTable('inspection_areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspections.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    // 1 to 5, or 1 (passed) and 0 (failed); null when the area was not rated.
    .addColumn('rating', 'integer')
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('inspection_areas_inspection_idx').on('inspection_areas').columns(['tenant_id', 'inspection_id', 'position']).execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) await addCompositeKeys(db);
  else await addTriggers(db);
}

// As in the tenant-references migration: the parent gets a unique (tenant_id, id), and the
// single-column key becomes a composite one that keeps its delete action.
async function addCompositeKeys(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  await sql`alter table inspections add constraint inspections_tenant_id_id_unique unique (tenant_id, id)`.execute(db);
  for (const ref of inspectionReferences) {
    const column = sql.ref(ref.column);
    const onDelete = ref.onDelete === 'cascade' ? sql`on delete cascade` : sql`on delete set null (${column})`;
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (tenant_id, ${column}) references ${sql.table(ref.parent)} (tenant_id, id) match simple ${onDelete}`.execute(db);
  }
}

async function addTriggers(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  for (const ref of inspectionReferences) {
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
