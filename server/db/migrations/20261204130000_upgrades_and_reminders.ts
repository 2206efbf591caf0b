import { sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// The upgrade catalogue's unique names, one of each upgrade per visit, and visit reminders:
// which contact is reminded how many days ahead, and which reminders went out. The reminder
// tables point at no other tenant table on purpose: the office's customer form rewrites a
// customer's contacts (same ids, new rows), which a cascading key would take the choices with,
// and a sent reminder must stay sent even if its visit is remade.
export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  // One upgrade per name (whatever its case) in a company's catalogue, so two people adding it at once cannot both succeed.
  await db.schema.dropIndex('upgrades_tenant_name_idx').execute();
  await sql`create unique index upgrades_tenant_name_unique on upgrades (tenant_id, lower(name))`.execute(db);
  // A visit has each upgrade once: by its name (whatever its case), which the catalogue keeps unique and
  // the visit keeps even after the upgrade leaves the catalogue.
  await sql`create unique index visit_upgrades_once_unique on visit_upgrades (tenant_id, visit_id, lower(name))`.execute(db);
  await db.schema.createIndex('visit_upgrades_request_idx').on('visit_upgrades').columns(['tenant_id', 'request_id']).execute();

  // The hour of the day (on each location's clock) from which reminders go out.
  await db.schema.alterTable('tenants').addColumn('reminder_hour', 'integer', (c) => c.notNull().defaultTo(17)).execute();

  await db.schema
    .createTable('reminder_choices')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    // 3 or 1: how many days before the visit's day (on the location's calendar).
    .addColumn('days_before', 'integer', (c) => c.notNull())
    .addColumn('enabled', 'boolean', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminder_choices_pk', ['tenant_id', 'contact_id', 'days_before'])
    .execute();
  await db.schema.createIndex('reminder_choices_customer_idx').on('reminder_choices').columns(['tenant_id', 'customer_id']).execute();

  await db.schema
    .createTable('sent_reminders')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('visit_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('days_before', 'integer', (c) => c.notNull())
    // email or text
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    // The claim: whichever instance inserts it first sends the reminder; every other finds it taken.
    .addPrimaryKeyConstraint('sent_reminders_pk', ['tenant_id', 'visit_id', 'contact_id', 'days_before', 'channel'])
    .execute();
  await db.schema.createIndex('sent_reminders_sent_at_idx').on('sent_reminders').columns(['sent_at']).execute();
}
