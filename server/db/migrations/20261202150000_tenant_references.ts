import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// Every foreign key from one tenant-owned table to another, as the earlier migrations declared
// it, with its delete action. Each child row must belong to the same company as the row it
// points at; until now only the repositories made sure of that. PostgreSQL enforces it with
// composite keys, SQLite with triggers, both made from this one list so they cannot drift.
// References to `organizations` are the tenant itself and need no check. Columns that point at
// other rows without a declared key (sessions' and tokens' principals, message authors, upload
// owners and uploaders, a product's image, an organisation's default assignee, audit actors,
// a request's future visit) are either polymorphic or not keys yet, so they are not listed.
export const tenantReferences = [
  { table: 'locations', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'portal_user_customers', column: 'portal_user_id', parent: 'portal_users', onDelete: 'cascade' },
  { table: 'portal_user_customers', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'portal_user_locations', column: 'portal_user_id', parent: 'portal_users', onDelete: 'cascade' },
  { table: 'portal_user_locations', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'customer_contacts', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'staff_location_assignments', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'staff_location_assignments', column: 'staff_user_id', parent: 'staff_users', onDelete: 'cascade' },
  { table: 'service_locations', column: 'service_id', parent: 'services', onDelete: 'cascade' },
  { table: 'service_locations', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'service_requests', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'service_requests', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'service_requests', column: 'portal_user_id', parent: 'portal_users', onDelete: 'set null' },
  { table: 'service_requests', column: 'service_id', parent: 'services', onDelete: 'set null' },
  { table: 'service_requests', column: 'category_id', parent: 'ticket_categories', onDelete: 'set null' },
  { table: 'service_requests', column: 'assignee_id', parent: 'staff_users', onDelete: 'set null' },
  { table: 'service_request_messages', column: 'request_id', parent: 'service_requests', onDelete: 'cascade' },
  { table: 'attachments', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'customer_supply_products', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'customer_supply_products', column: 'product_id', parent: 'supply_products', onDelete: 'cascade' },
  { table: 'supply_orders', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'supply_orders', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'supply_orders', column: 'portal_user_id', parent: 'portal_users', onDelete: 'set null' },
  { table: 'supply_order_lines', column: 'order_id', parent: 'supply_orders', onDelete: 'cascade' },
  { table: 'supply_order_lines', column: 'product_id', parent: 'supply_products', onDelete: 'set null' },
  { table: 'feedback', column: 'customer_id', parent: 'customers', onDelete: 'cascade' },
  { table: 'feedback', column: 'location_id', parent: 'locations', onDelete: 'cascade' },
  { table: 'feedback', column: 'portal_user_id', parent: 'portal_users', onDelete: 'set null' },
  { table: 'staff_notifications', column: 'staff_user_id', parent: 'staff_users', onDelete: 'cascade' },
] as const;

export type TenantReference = (typeof tenantReferences)[number];

/** The message SQLite's trigger aborts with; PostgreSQL names the constraint instead. */
export const crossTenantMessage = (ref: Pick<TenantReference, 'table' | 'column'>) => `cross-tenant reference: ${ref.table}.${ref.column}`;

export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  for (const ref of tenantReferences) await refuseStoredViolations(db, ref);
  // The adapter is the only place a migration's Kysely says which database it speaks to.
  if (db.getExecutor().adapter instanceof PostgresAdapter) await addCompositeKeys(db);
  else await addTriggers(db);
}

// Rows stored before this migration are checked here, so an upgrade over bad data stops and
// names the column instead of leaving rows the new rule would refuse.
async function refuseStoredViolations(db: Kysely<any>, ref: TenantReference): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  const { rows } = await sql<{ n: number | string }>`
    select count(*) as n from ${sql.table(ref.table)} c
    join ${sql.table(ref.parent)} p on p.id = c.${sql.ref(ref.column)}
    where p.organization_id <> c.organization_id`.execute(db);
  const count = Number(rows[0]?.n ?? 0);
  if (count > 0) throw new Error(`${count} stored rows break the rule "${crossTenantMessage(ref)}": fix them before upgrading`);
}

// The composite key replaces the single-column one and keeps its delete action, so a deleted
// parent still cascades or clears the column exactly as before. SET NULL names the column so the
// child's organization_id is left alone (PostgreSQL 15 or later).
async function addCompositeKeys(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  const { rows } = await sql<{ version: string }>`select current_setting('server_version_num') as version`.execute(db);
  if (Number(rows[0]?.version) < 150000) throw new Error('Porter needs PostgreSQL 15 or later (ON DELETE SET NULL of one column of a composite key)');
  const parents = [...new Set(tenantReferences.map((ref) => ref.parent))];
  for (const parent of parents) {
    await sql`alter table ${sql.table(parent)} add constraint ${sql.id(`${parent}_organization_id_id_unique`)} unique (organization_id, id)`.execute(db);
  }
  for (const ref of tenantReferences) {
    const column = sql.ref(ref.column);
    const onDelete = ref.onDelete === 'cascade' ? sql`on delete cascade` : sql`on delete set null (${column})`;
    await sql`alter table ${sql.table(ref.table)} drop constraint ${sql.id(`${ref.table}_${ref.column}_fkey`)}`.execute(db);
    await sql`alter table ${sql.table(ref.table)} add constraint ${sql.id(`${ref.table}_${ref.column}_tenant_fkey`)}
      foreign key (organization_id, ${column}) references ${sql.table(ref.parent)} (organization_id, id) match simple ${onDelete}`.execute(db);
  }
}

// SQLite cannot add a constraint to an existing table without rebuilding it, so triggers refuse
// the row instead. The single-column keys stay: they still check the parent exists and run the
// delete actions. A parent that does not exist is left for that key to refuse.
async function addTriggers(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- see up()
  for (const ref of tenantReferences) {
    const refuse = sql`
      when new.${sql.ref(ref.column)} is not null
      begin
        select raise(abort, ${sql.raw(`'${crossTenantMessage(ref)}'`)})
        where exists (select 1 from ${sql.table(ref.parent)} p where p.id = new.${sql.ref(ref.column)} and p.organization_id <> new.organization_id);
      end`;
    const name = `${ref.table}_${ref.column}_tenant`;
    await sql`create trigger ${sql.id(`${name}_insert`)} before insert on ${sql.table(ref.table)} for each row ${refuse}`.execute(db);
    await sql`create trigger ${sql.id(`${name}_update`)} before update of ${sql.ref(ref.column)}, organization_id on ${sql.table(ref.table)} for each row ${refuse}`.execute(db);
    // PostgreSQL's composite key also refuses moving a referenced parent to another company.
    await sql`create trigger ${sql.id(`${name}_parent_update`)} before update of organization_id on ${sql.table(ref.parent)} for each row
      begin
        select raise(abort, ${sql.raw(`'${crossTenantMessage(ref)}'`)})
        where exists (select 1 from ${sql.table(ref.table)} c where c.${sql.ref(ref.column)} = old.id and c.organization_id <> new.organization_id);
      end`.execute(db);
  }
}
