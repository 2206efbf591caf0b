import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// Key rings: the keys, fobs, cards and access codes the company holds for its customers'
// locations, who holds each one now, and the log of each check-out and return. A key belongs to a
// location (its customer is the location's); deleting the location removes its keys and their log.
// A person who leaves is kept on file (deactivated), so their names stay on the log; should a staff
// row be deleted after all, the log keeps the entry without the name. Keys between tenant rows are
// enforced as in the earlier migrations.
export const keyReferences = [
  { table: 'customer_keys', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'customer_keys', column: 'holder_staff_id', parent: 'staff_users', onDelete: 'set null' },
  { table: 'key_movements', column: 'key_id', parent: 'customer_keys', onDelete: 'cascade' },
  { table: 'key_movements', column: 'staff_user_id', parent: 'staff_users', onDelete: 'set null' },
  { table: 'key_movements', column: 'recorded_by_staff_id', parent: 'staff_users', onDelete: 'set null' },
] as const;

type Reference = (typeof keyReferences)[number];

const crossTenantMessage = (ref: Reference) => `cross-tenant reference: ${ref.table}.${ref.column}`;

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('customer_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    // key | fob | card | code
    .addColumn('kind', 'text', (c) => c.notNull())
    // The access code of a code (or a fob's PIN); never written to the log.
    .addColumn('code', 'text')
    .addColumn('notes', 'text')
    // Who has it now; null while it is in the office.
    .addColumn('holder_staff_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('held_since', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('customer_keys_location_idx').on('customer_keys').columns(['tenant_id', 'location_id', 'label']).execute();

  await db.schema
    .createTable('key_movements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('key_id', 'text', (c) => c.notNull().references('customer_keys.id').onDelete('cascade'))
    // checked_out | returned
    .addColumn('kind', 'text', (c) => c.notNull())
    // Who took the key, or who gave it back.
    .addColumn('staff_user_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    // Who wrote it down in the office.
    .addColumn('recorded_by_staff_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    // When it changed hands, which may be earlier than when it was written down.
    .addColumn('happened_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('key_movements_key_idx').on('key_movements').columns(['tenant_id', 'key_id', 'happened_at']).execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) await addCompositeKeys(db);
  else await addTriggers(db);
}

// As in the visits migration: a parent gets a unique (tenant_id, id) where it lacks one, and each
// single-column key becomes a composite one that keeps its delete action.
async function addCompositeKeys(db: AnyDb): Promise<void> {
  await sql`alter table customer_keys add constraint customer_keys_tenant_id_id_unique unique (tenant_id, id)`.execute(db);
  for (const ref of keyReferences) {
    const column = sql.ref(ref.column);
    const onDelete = ref.onDelete === 'cascade' ? sql`on delete cascade` : sql`on delete set null (${column})`;
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (tenant_id, ${column}) references ${sql.table(ref.parent)} (tenant_id, id) match simple ${onDelete}`.execute(db);
  }
}

async function addTriggers(db: AnyDb): Promise<void> {
  for (const ref of keyReferences) {
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
