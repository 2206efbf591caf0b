import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// Services on a customer's account, the visits they make, the upgrades a customer can add to a
// visit, and the company's scheduling settings. Every key from one of these tables to another
// tenant-owned row is listed below and enforced as the tenant-references migration enforces its
// own: a composite key on PostgreSQL, triggers on SQLite, with the same names and messages.
export const visitReferences = [
  { table: 'account_services', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'account_services', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'account_services', column: 'service_id', parent: 'services', onDelete: 'set null' },
  { table: 'account_service_team', column: 'account_service_id', parent: 'account_services', onDelete: 'cascade' },
  { table: 'account_service_team', column: 'staff_user_id', parent: 'staff_users', onDelete: 'cascade' },
  { table: 'visits', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'visits', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'visits', column: 'account_service_id', parent: 'account_services', onDelete: 'set null' },
  { table: 'visit_team', column: 'visit_id', parent: 'visits', onDelete: 'cascade' },
  { table: 'visit_team', column: 'staff_user_id', parent: 'staff_users', onDelete: 'cascade' },
  { table: 'visit_upgrades', column: 'visit_id', parent: 'visits', onDelete: 'cascade' },
  { table: 'visit_upgrades', column: 'upgrade_id', parent: 'upgrades', onDelete: 'set null' },
  { table: 'visit_upgrades', column: 'request_id', parent: 'service_requests', onDelete: 'set null' },
] as const;

type Reference = (typeof visitReferences)[number];

const crossTenantMessage = (ref: Reference) => `cross-tenant reference: ${ref.table}.${ref.column}`;

export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  await addSchedulingSettings(db);
  await createAccountServices(db);
  await createVisits(db);
  await createUpgrades(db);
  // A secret calendar link per person; only its hash is kept, so the link is shown once.
  for (const table of ['portal_users', 'staff_users']) {
    await db.schema.alterTable(table).addColumn('calendar_token_hash', 'text').execute();
    await db.schema.createIndex(`${table}_calendar_token_idx`).on(table).columns(['tenant_id', 'calendar_token_hash']).execute();
  }
  if (db.getExecutor().adapter instanceof PostgresAdapter) await addCompositeKeys(db);
  else await addTriggers(db);
}

async function addSchedulingSettings(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  const columns: [string, 'text' | 'integer', string | number][] = [
    // ISO 4217; prices are integer minor units of it.
    ['currency', 'text', 'USD'],
    // The window shown around a visit's start when show_arrival_window is on.
    ['arrival_window_before_minutes', 'integer', 30],
    ['arrival_window_after_minutes', 'integer', 60],
    // The working day on each location's own clock; arrival windows stay inside it.
    ['business_hours_opens', 'text', '08:00'],
    ['business_hours_closes', 'text', '18:00'],
    // A customer may skip a visit themselves until this many hours before it; later they can only ask.
    ['skip_cutoff_hours', 'integer', 48],
    // How many days ahead a calendar subscription lists visits.
    ['calendar_feed_days', 'integer', 60],
  ];
  for (const [name, type, value] of columns) {
    await db.schema.alterTable('tenants').addColumn(name, type, (c) => c.notNull().defaultTo(value)).execute();
  }
}

async function createAccountServices(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  await db.schema
    .createTable('account_services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    // A catalogue service, or none when the service has a name of its own.
    .addColumn('service_id', 'text', (c) => c.references('services.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    // RFC 5545 RRULE without DTSTART; null for a one-off.
    .addColumn('rrule', 'text')
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('price', 'integer', (c) => c.notNull())
    // JSON list of { name, kind: fixed | percent, amount }.
    .addColumn('rate_modifications', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    // The day after which no visit is made; null runs on.
    .addColumn('ends_on', 'text')
    // Visits exist up to this instant; the horizon job carries it forward.
    .addColumn('visits_until', 'text')
    .addColumn('scheduled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('account_services_tenant_status_idx').on('account_services').columns(['tenant_id', 'status', 'created_at', 'id']).execute();
  await db.schema.createIndex('account_services_tenant_customer_idx').on('account_services').columns(['tenant_id', 'customer_id', 'created_at']).execute();
  await db.schema.createIndex('account_services_horizon_idx').on('account_services').columns(['status', 'visits_until']).execute();

  await db.schema
    .createTable('account_service_team')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('account_service_id', 'text', (c) => c.notNull().references('account_services.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('account_service_team_pk', ['account_service_id', 'staff_user_id'])
    .execute();
}

async function createVisits(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  await db.schema
    .createTable('visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    // The series it belongs to; history outlives a deleted service.
    .addColumn('account_service_id', 'text', (c) => c.references('account_services.id').onDelete('set null'))
    // The series' day this visit stands for, on the location's clock: with the series, its one identity.
    .addColumn('original_date', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // Changed on its own (moved, team, cancelled, skipped): series edits leave it alone.
    .addColumn('exception', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('price', 'integer', (c) => c.notNull())
    .addColumn('rate_modifications', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text')
    .addColumn('status_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visits_series_day_unique').on('visits').columns(['tenant_id', 'account_service_id', 'original_date']).unique().execute();
  await db.schema.createIndex('visits_tenant_starts_idx').on('visits').columns(['tenant_id', 'starts_at', 'id']).execute();
  await db.schema.createIndex('visits_tenant_location_starts_idx').on('visits').columns(['tenant_id', 'location_id', 'starts_at']).execute();
  await db.schema.createIndex('visits_tenant_customer_starts_idx').on('visits').columns(['tenant_id', 'customer_id', 'starts_at']).execute();

  await db.schema
    .createTable('visit_team')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('visit_team_pk', ['visit_id', 'staff_user_id'])
    .execute();
  await db.schema.createIndex('visit_team_staff_idx').on('visit_team').columns(['tenant_id', 'staff_user_id', 'visit_id']).execute();
}

async function createUpgrades(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  await db.schema
    .createTable('upgrades')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('price', 'integer', (c) => c.notNull())
    .addColumn('extra_minutes', 'integer', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('upgrades_tenant_name_idx').on('upgrades').columns(['tenant_id', 'name']).execute();

  await db.schema
    .createTable('visit_upgrades')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('upgrade_id', 'text', (c) => c.references('upgrades.id').onDelete('set null'))
    // Name, price and minutes as agreed, whatever the catalogue says later.
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('price', 'integer', (c) => c.notNull())
    .addColumn('extra_minutes', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // The request the office answers to accept or decline it.
    .addColumn('request_id', 'text', (c) => c.references('service_requests.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visit_upgrades_visit_idx').on('visit_upgrades').columns(['tenant_id', 'visit_id']).execute();
}

// As in the tenant-references migration: the parent gets a unique (tenant_id, id), and the
// single-column key becomes a composite one that keeps its delete action.
async function addCompositeKeys(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  for (const parent of ['account_services', 'visits', 'upgrades']) {
    await sql`alter table ${sql.table(parent)} add constraint ${sql.id(`${parent}_tenant_id_id_unique`)} unique (tenant_id, id)`.execute(db);
  }
  for (const ref of visitReferences) {
    const column = sql.ref(ref.column);
    const onDelete = ref.onDelete === 'cascade' ? sql`on delete cascade` : sql`on delete set null (${column})`;
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (tenant_id, ${column}) references ${sql.table(ref.parent)} (tenant_id, id) match simple ${onDelete}`.execute(db);
  }
}

async function addTriggers(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  for (const ref of visitReferences) {
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
