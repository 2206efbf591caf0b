import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// What the team did at a visit, for the proof of service:
// - the checklist: the cleaning plan's tasks due on the visit, copied when the team first opens
//   it (the plan may change later; the visit keeps what was asked that day);
// - ticks: every tick and untick as it happened, so a write replayed from a phone's offline queue
//   is recognised by its device-made id and the latest tap by its time decides;
// - notes (some marked for the customer, some flagging a problem for the office) and before/after
//   photos, each with its device-made id too.
// The company chooses whether customers are emailed the report; the visit records when the
// customer was told it was done, so the email goes once however often its status settles.
// Keys between tenant rows are enforced as in the earlier migrations.
export const checklistReferences = [
  { table: 'visit_checklist_items', column: 'visit_id', parent: 'visits', onDelete: 'cascade' },
  { table: 'visit_checklist_ticks', column: 'item_id', parent: 'visit_checklist_items', onDelete: 'cascade' },
  { table: 'visit_checklist_ticks', column: 'visit_id', parent: 'visits', onDelete: 'cascade' },
  { table: 'visit_checklist_ticks', column: 'staff_user_id', parent: 'staff_users', onDelete: 'cascade' },
  { table: 'visit_notes', column: 'visit_id', parent: 'visits', onDelete: 'cascade' },
  { table: 'visit_notes', column: 'staff_user_id', parent: 'staff_users', onDelete: 'cascade' },
  { table: 'visit_photos', column: 'visit_id', parent: 'visits', onDelete: 'cascade' },
  { table: 'visit_photos', column: 'staff_user_id', parent: 'staff_users', onDelete: 'cascade' },
] as const;

type Reference = (typeof checklistReferences)[number];

const crossTenantMessage = (ref: Reference) => `cross-tenant reference: ${ref.table}.${ref.column}`;

export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  await db.schema.alterTable('tenants').addColumn('proof_of_service_emails', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
  await db.schema.alterTable('visits').addColumn('completion_told_at', 'text').execute();

  await db.schema
    .createTable('visit_checklist_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    // The plan's task it was copied from; no key, since the plan may drop the task and the visit keeps it.
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('area_name', 'text', (c) => c.notNull())
    .addColumn('task_text', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Copying the plan twice at once (two phones open the visit) adds each task once.
  await db.schema.createIndex('visit_checklist_items_task_unique').on('visit_checklist_items').columns(['tenant_id', 'visit_id', 'task_id']).unique().execute();

  await db.schema
    .createTable('visit_checklist_ticks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('visit_checklist_items.id').onDelete('cascade'))
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('done', 'boolean', (c) => c.notNull())
    // When the person tapped, on the device: a tap sent late still sorts where it happened.
    .addColumn('ticked_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visit_checklist_ticks_client_unique').on('visit_checklist_ticks').columns(['tenant_id', 'client_id']).unique().execute();
  await db.schema.createIndex('visit_checklist_ticks_visit_idx').on('visit_checklist_ticks').columns(['tenant_id', 'visit_id']).execute();

  await db.schema
    .createTable('visit_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    // Shown in the customer's proof of service; otherwise for the company only.
    .addColumn('for_customer', 'boolean', (c) => c.notNull())
    // A problem the office must look at (broken equipment, no access): the office is told at once.
    .addColumn('problem', 'boolean', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visit_notes_client_unique').on('visit_notes').columns(['tenant_id', 'client_id']).unique().execute();
  await db.schema.createIndex('visit_notes_visit_idx').on('visit_notes').columns(['tenant_id', 'visit_id']).execute();

  await db.schema
    .createTable('visit_photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    // before | after
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visit_photos_client_unique').on('visit_photos').columns(['tenant_id', 'client_id']).unique().execute();
  await db.schema.createIndex('visit_photos_visit_idx').on('visit_photos').columns(['tenant_id', 'visit_id']).execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) await addCompositeKeys(db);
  else await addTriggers(db);
}

// As in the visits migration: a parent gets a unique (tenant_id, id) where it lacks one, and each
// single-column key becomes a composite one that keeps its delete action.
async function addCompositeKeys(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  await sql`alter table visit_checklist_items add constraint visit_checklist_items_tenant_id_id_unique unique (tenant_id, id)`.execute(db);
  for (const ref of checklistReferences) {
    const column = sql.ref(ref.column);
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (tenant_id, ${column}) references ${sql.table(ref.parent)} (tenant_id, id) match simple on delete cascade`.execute(db);
  }
}

async function addTriggers(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  for (const ref of checklistReferences) {
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
