import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// Quality checks filled in the field app without a signal, sent later from the phone's queue:
// - an inspection may carry the device-made id it was sent with (unique in the company), so the
//   same write sent again answers the first inspection instead of making a second; inspections
//   made in the office directly have none;
// - photos taken offline follow their inspection as writes of their own, each with its own
//   device-made id: a row per photo records which area it went to and who sent it, so a replay
//   attaches nothing twice. The file itself is an attachment owned by the area, as before.
// Keys between tenant rows are enforced as in the earlier migrations.
export const inspectionPhotoReferences = [
  { table: 'inspection_photos', column: 'inspection_area_id', parent: 'inspection_areas', onDelete: 'cascade' },
  { table: 'inspection_photos', column: 'staff_user_id', parent: 'staff_users', onDelete: 'cascade' },
] as const;

type Reference = (typeof inspectionPhotoReferences)[number];

const crossTenantMessage = (ref: Reference) => `cross-tenant reference: ${ref.table}.${ref.column}`;

export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  await db.schema.alterTable('inspections').addColumn('client_id', 'text').execute();
  // Both databases let many rows leave a unique column empty: only the device-made ids must differ.
  await db.schema.createIndex('inspections_client_unique').on('inspections').columns(['tenant_id', 'client_id']).unique().execute();

  await db.schema
    .createTable('inspection_photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('inspection_area_id', 'text', (c) => c.notNull().references('inspection_areas.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspection_photos_client_unique').on('inspection_photos').columns(['tenant_id', 'client_id']).unique().execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) await addCompositeKeys(db);
  else await addTriggers(db);
}

// As in the visits migration: a parent gets a unique (tenant_id, id) where it lacks one, and each
// single-column key becomes a composite one that keeps its delete action.
async function addCompositeKeys(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  await sql`alter table inspection_areas add constraint inspection_areas_tenant_id_id_unique unique (tenant_id, id)`.execute(db);
  for (const ref of inspectionPhotoReferences) {
    const column = sql.ref(ref.column);
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (tenant_id, ${column}) references ${sql.table(ref.parent)} (tenant_id, id) match simple on delete cascade`.execute(db);
  }
}

async function addTriggers(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  for (const ref of inspectionPhotoReferences) {
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
