import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// Field work: a timesheet per person per visit (clock-in and clock-out, with the device's position
// when the person allowed it), and the "on my way" messages a technician sent. Every write from the
// field app carries an id the device made, unique in the company, so a retry from a poor signal
// (and later the offline queue) finds the first write instead of making a second. Keys to other
// tenant rows are enforced as the visits migration enforces its own.
export const timesheetReferences = [
  { table: 'timesheets', column: 'visit_id', parent: 'visits', onDelete: 'cascade' },
  { table: 'timesheets', column: 'staff_user_id', parent: 'staff_users', onDelete: 'cascade' },
  { table: 'on_my_way_messages', column: 'visit_id', parent: 'visits', onDelete: 'cascade' },
  { table: 'on_my_way_messages', column: 'staff_user_id', parent: 'staff_users', onDelete: 'cascade' },
] as const;

type Reference = (typeof timesheetReferences)[number];

const crossTenantMessage = (ref: Reference) => `cross-tenant reference: ${ref.table}.${ref.column}`;

export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  await db.schema
    .createTable('timesheets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    // The ids the device made for its clock-in and clock-out: a replay of either answers the first.
    .addColumn('clock_in_client_id', 'text', (c) => c.notNull())
    .addColumn('clocked_in_at', 'text', (c) => c.notNull())
    .addColumn('clock_in_latitude', 'real')
    .addColumn('clock_in_longitude', 'real')
    // Metres, as the device reports it.
    .addColumn('clock_in_accuracy', 'real')
    .addColumn('clock_out_client_id', 'text')
    .addColumn('clocked_out_at', 'text')
    .addColumn('clock_out_latitude', 'real')
    .addColumn('clock_out_longitude', 'real')
    .addColumn('clock_out_accuracy', 'real')
    // Set when the office corrected a time; the audit log holds who, what and why.
    .addColumn('corrected_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One timesheet per person per visit: a second clock-in at the same visit is refused by the database too.
  await db.schema.createIndex('timesheets_visit_person_unique').on('timesheets').columns(['tenant_id', 'visit_id', 'staff_user_id']).unique().execute();
  await db.schema.createIndex('timesheets_clock_in_client_unique').on('timesheets').columns(['tenant_id', 'clock_in_client_id']).unique().execute();
  await db.schema.createIndex('timesheets_clock_out_client_unique').on('timesheets').columns(['tenant_id', 'clock_out_client_id']).unique().execute();
  // "Who is on site now" and "my day": a person's timesheets by time.
  await db.schema.createIndex('timesheets_person_idx').on('timesheets').columns(['tenant_id', 'staff_user_id', 'clocked_in_at']).execute();

  await db.schema
    .createTable('on_my_way_messages')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('expected_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    // Once per visit per person: whoever inserts first sends; a second tap finds it sent.
    .addPrimaryKeyConstraint('on_my_way_messages_pk', ['tenant_id', 'visit_id', 'staff_user_id'])
    .execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) await addCompositeKeys(db);
  else await addTriggers(db);
}

// As in the visits migration: the parents already have a unique (tenant_id, id); each single-column
// key becomes a composite one that keeps its delete action.
async function addCompositeKeys(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  for (const ref of timesheetReferences) {
    const column = sql.ref(ref.column);
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (tenant_id, ${column}) references ${sql.table(ref.parent)} (tenant_id, id) match simple on delete cascade`.execute(db);
  }
}

async function addTriggers(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  for (const ref of timesheetReferences) {
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
