import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// Chat (JM Connect): one conversation per location between its portal users and the staff who
// look after it.
// - chat_messages: text and/or photos (the photos are attachments owned by the message). The
//   sender is a portal user or a staff member; should either be deleted, the message keeps the
//   name it was sent under. The office may remove a customer's message: its text goes, the row
//   stays as "message removed" with who removed it and when.
// - chat_readers: per reader and location, the last time they read the conversation (unread
//   counts) and the last time they were told of a new message away from Porter (at most one
//   notice per 15 minutes).
// - staff_presence: one row per open office event stream, its heartbeat time refreshed by the
//   stream, so any instance can tell who is online.
// Keys between tenant rows are enforced as in the earlier migrations.
export const chatReferences = [
  { table: 'chat_messages', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'chat_messages', column: 'portal_user_id', parent: 'portal_users', onDelete: 'set null' },
  { table: 'chat_messages', column: 'staff_user_id', parent: 'staff_users', onDelete: 'set null' },
  { table: 'chat_messages', column: 'deleted_by', parent: 'staff_users', onDelete: 'set null' },
  { table: 'chat_readers', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'chat_readers', column: 'portal_user_id', parent: 'portal_users', onDelete: 'cascade' },
  { table: 'chat_readers', column: 'staff_user_id', parent: 'staff_users', onDelete: 'cascade' },
  { table: 'staff_presence', column: 'staff_user_id', parent: 'staff_users', onDelete: 'cascade' },
] as const;

type Reference = (typeof chatReferences)[number];

const crossTenantMessage = (ref: Reference) => `cross-tenant reference: ${ref.table}.${ref.column}`;

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('chat_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    // portal | staff
    .addColumn('sender_kind', 'text', (c) => c.notNull())
    .addColumn('portal_user_id', 'text', (c) => c.references('portal_users.id').onDelete('set null'))
    .addColumn('staff_user_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('sender_name', 'text', (c) => c.notNull())
    // Empty for a photo sent alone, and once the message is removed.
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('chat_messages_location_idx').on('chat_messages').columns(['tenant_id', 'location_id', 'created_at']).execute();

  await db.schema
    .createTable('chat_readers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    // Exactly one of the two is set.
    .addColumn('portal_user_id', 'text', (c) => c.references('portal_users.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.references('staff_users.id').onDelete('cascade'))
    .addColumn('last_read_at', 'text')
    .addColumn('notified_at', 'text')
    .execute();
  await db.schema.createIndex('chat_readers_staff_unique').on('chat_readers').columns(['tenant_id', 'location_id', 'staff_user_id']).unique().execute();
  await db.schema.createIndex('chat_readers_portal_unique').on('chat_readers').columns(['tenant_id', 'location_id', 'portal_user_id']).unique().execute();

  await db.schema
    .createTable('staff_presence')
    // One open stream.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('staff_presence_staff_idx').on('staff_presence').columns(['tenant_id', 'staff_user_id', 'seen_at']).execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) await addCompositeKeys(db);
  else await addTriggers(db);
}

// As in the earlier migrations: each single-column key becomes a composite one that keeps its delete action.
async function addCompositeKeys(db: AnyDb): Promise<void> {
  for (const ref of chatReferences) {
    const column = sql.ref(ref.column);
    const onDelete = ref.onDelete === 'cascade' ? sql`on delete cascade` : sql`on delete set null (${column})`;
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (tenant_id, ${column}) references ${sql.table(ref.parent)} (tenant_id, id) match simple ${onDelete}`.execute(db);
  }
}

async function addTriggers(db: AnyDb): Promise<void> {
  for (const ref of chatReferences) {
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
