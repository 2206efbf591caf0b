import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// A location's cleaning plan: its areas (rooms, zones) in order, and each area's tasks in order
// with how often they are done. Every key from one of these tables to another tenant-owned row is
// listed below and enforced as the tenant-references migration enforces its own: a composite key
// on PostgreSQL, triggers on SQLite, with the same names and messages.
export const cleaningPlanReferences = [
  { table: 'cleaning_plan_areas', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'cleaning_plan_tasks', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'cleaning_plan_tasks', column: 'area_id', parent: 'cleaning_plan_areas', onDelete: 'cascade' },
] as const;

type Reference = (typeof cleaningPlanReferences)[number];

const crossTenantMessage = (ref: Reference) => `cross-tenant reference: ${ref.table}.${ref.column}`;

export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  await db.schema
    .createTable('cleaning_plan_areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    // The order the team goes through the location; gaps are allowed, only the order counts.
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cleaning_plan_areas_location_idx').on('cleaning_plan_areas').columns(['tenant_id', 'location_id', 'position']).execute();

  await db.schema
    .createTable('cleaning_plan_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    // The area's location, kept on the task so a visit's checklist reads one location's tasks at once.
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull().references('cleaning_plan_areas.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    // every_visit | weekly | monthly
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cleaning_plan_tasks_area_idx').on('cleaning_plan_tasks').columns(['tenant_id', 'area_id', 'position']).execute();
  await db.schema.createIndex('cleaning_plan_tasks_location_idx').on('cleaning_plan_tasks').columns(['tenant_id', 'location_id']).execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) await addCompositeKeys(db);
  else await addTriggers(db);
}

// As in the tenant-references migration: the parent gets a unique (tenant_id, id), and the
// single-column key becomes a composite one that keeps its delete action.
async function addCompositeKeys(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  await sql`alter table cleaning_plan_areas add constraint cleaning_plan_areas_tenant_id_id_unique unique (tenant_id, id)`.execute(db);
  for (const ref of cleaningPlanReferences) {
    const column = sql.ref(ref.column);
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (tenant_id, ${column}) references ${sql.table(ref.parent)} (tenant_id, id) match simple on delete cascade`.execute(db);
  }
}

async function addTriggers(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  for (const ref of cleaningPlanReferences) {
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
