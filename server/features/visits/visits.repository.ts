import type { AccountServiceStatus, VisitStatus } from '../../../shared/features/visits/visits.contract.ts';
import { compileOnceAll } from '../../db/compile-once.ts';
import type { Executor } from '../../db/database.ts';
import { PostgresAdapter, sql, type ExpressionBuilder, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { AccountServicesTable, Database, VisitsTable } from '../../db/schema.ts';
import type { KeysetPosition } from '../../lib/page-cursor.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export function findCustomer(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('customers').select(['id', 'name']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function findLocation(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('locations').select(['id', 'name', 'customer_id', 'time_zone', 'address']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function findCatalogueService(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('services').select(['id', 'name', 'active']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** Staff who can be sent to a visit: signed up to the company and not deactivated. */
export function assignableStaff(db: Executor, tenantId: TenantId, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('staff_users')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .where('deactivated_at', 'is', null)
    .orderBy('name')
    .execute();
}

export type AccountServiceFilter = { id?: string; customerId?: string; status?: AccountServiceStatus };

function accountServicesWhere(db: Executor, tenantId: TenantId, filter: AccountServiceFilter) {
  let query = db
    .selectFrom('account_services as s')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 's.customer_id').onRef('c.tenant_id', '=', 's.tenant_id'))
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 's.location_id').onRef('l.tenant_id', '=', 's.tenant_id'))
    .where('s.tenant_id', '=', tenantId);
  if (filter.id) query = query.where('s.id', '=', filter.id);
  if (filter.customerId) query = query.where('s.customer_id', '=', filter.customerId);
  if (filter.status) query = query.where('s.status', '=', filter.status);
  return query;
}

/** Services on accounts, oldest first: the waiting list is served first come, first served. */
export function accountServices(db: Executor, tenantId: TenantId, filter: AccountServiceFilter, page?: { limit: number; offset: number }) {
  let query = accountServicesWhere(db, tenantId, filter)
    .selectAll('s')
    .select(['c.name as customer_name', 'l.name as location_name', 'l.time_zone', 'c.autopay_since as customer_autopay_since'])
    .orderBy('s.created_at')
    .orderBy('s.id');
  if (page) query = query.limit(page.limit).offset(page.offset);
  return query.execute();
}
export type AccountServiceRow = Awaited<ReturnType<typeof accountServices>>[number];

export async function countAccountServices(db: Executor, tenantId: TenantId, filter: AccountServiceFilter): Promise<number> {
  const row = await accountServicesWhere(db, tenantId, filter).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function accountServiceTeams(db: Executor, tenantId: TenantId, serviceIds: string[]) {
  if (serviceIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('account_service_team as t')
    .innerJoin('staff_users as u', (join) => join.onRef('u.id', '=', 't.staff_user_id').onRef('u.tenant_id', '=', 't.tenant_id'))
    .select(['t.account_service_id', 'u.id', 'u.name'])
    .where('t.tenant_id', '=', tenantId)
    .where('t.account_service_id', 'in', serviceIds)
    .orderBy('u.name')
    .execute();
}

/** The next visit of each service still to come. */
export async function nextVisitStarts(db: Executor, tenantId: TenantId, serviceIds: string[], now: string): Promise<Map<string, string>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('visits')
    .select(['account_service_id', (eb) => eb.fn.min('starts_at').as('next')])
    .where('tenant_id', '=', tenantId)
    .where('account_service_id', 'in', serviceIds)
    .where('status', '=', 'scheduled')
    .where('starts_at', '>=', now)
    .groupBy('account_service_id')
    .execute();
  return new Map(rows.map((row) => [row.account_service_id!, String(row.next)]));
}

type AccountServiceValues = Omit<AccountServicesTable, 'id' | 'tenant_id' | 'customer_id' | 'created_at' | 'visits_until' | 'scheduled_at' | 'status' | 'rate_modifications'> & {
  rate_modifications: string;
};

export async function insertAccountService(
  db: Executor,
  tenantId: TenantId,
  row: AccountServiceValues & { id: string; customer_id: string; status: AccountServiceStatus; created_at: string },
): Promise<void> {
  await db.insertInto('account_services').values({ ...row, tenant_id: tenantId }).execute();
}

export async function updateAccountService(db: Executor, tenantId: TenantId, id: string, values: Partial<AccountServiceValues & Pick<AccountServicesTable, 'status' | 'visits_until' | 'scheduled_at'>>): Promise<void> {
  await db.updateTable('account_services').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deleteAccountService(db: Executor, tenantId: TenantId, id: string): Promise<void> {
  await db.deleteFrom('account_services').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function replaceAccountServiceTeam(db: Executor, tenantId: TenantId, serviceId: string, staffIds: string[]): Promise<void> {
  await db.deleteFrom('account_service_team').where('tenant_id', '=', tenantId).where('account_service_id', '=', serviceId).execute();
  if (staffIds.length === 0) return;
  await db
    .insertInto('account_service_team')
    .values(staffIds.map((staff_user_id) => ({ tenant_id: tenantId, account_service_id: serviceId, staff_user_id })))
    .execute();
}

export type VisitFilter = {
  id?: string;
  from?: string;
  to?: string;
  customerId?: string;
  locationId?: string;
  staffId?: string;
  /** Visits any of these people are on, and, with `unassigned`, visits nobody is on yet. */
  team?: { staffIds: string[]; unassigned: boolean };
  status?: VisitStatus;
  accountServiceId?: string;
};

// Visits are read alone, from their own (tenant, starts_at) index, and their places looked up for
// the page only: a join would let the planner start from the customers and sort a whole week.
function visitsWhere(db: Executor, tenantId: TenantId, filter: VisitFilter) {
  let query = db.selectFrom('visits as v').where('v.tenant_id', '=', tenantId);
  if (filter.id) query = query.where('v.id', '=', filter.id);
  if (filter.from) query = query.where('v.starts_at', '>=', filter.from);
  if (filter.to) query = query.where('v.starts_at', '<', filter.to);
  if (filter.customerId) query = query.where('v.customer_id', '=', filter.customerId);
  if (filter.locationId) query = query.where('v.location_id', '=', filter.locationId);
  if (filter.status) query = query.where('v.status', '=', filter.status);
  if (filter.accountServiceId) query = query.where('v.account_service_id', '=', filter.accountServiceId);
  const team = filter.team ?? (filter.staffId ? { staffIds: [filter.staffId], unassigned: false } : undefined);
  if (team) {
    const { staffIds, unassigned } = team;
    query = query.where((eb) =>
      eb.or([
        ...(staffIds.length > 0 ? [onTeam(db, eb, teamRowsInRange(db, tenantId, filter).where('t.staff_user_id', 'in', staffIds))] : []),
        // Kept by the database (migration 20261212100000_visit_team_size): the visits nobody is on are a partial index of their own.
        ...(unassigned ? [eb('v.team_size', '=', 0)] : []),
      ]),
    );
  }
  return query;
}

/**
 * The visit is one of these team rows' visits. PostgreSQL reads `id = any(array(…))` from the primary
 * key and can OR it with the index of visits nobody is on; as `in (…)` it checks every visit of the
 * range instead, each a heap page. SQLite reads `in (…)` through its key either way.
 */
function onTeam(db: Executor, eb: ExpressionBuilder<Database & { v: VisitsTable }, 'v'>, rows: ReturnType<typeof teamRowsInRange>) {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return sql<SqlBool>`${eb.ref('v.id')} = any(array(${rows}))`;
  return eb('v.id', 'in', rows);
}

/**
 * The team rows of visits starting within the filter's range. The database keeps each row's start
 * with its visit's, so the schedule's "these twelve people this week" reads a short range of
 * visit_team's own index by person and start, not every visit of the week checked against the team
 * one by one (400 ms → a few ms among a million visits).
 */
function teamRowsInRange(db: Executor, tenantId: TenantId, filter: VisitFilter) {
  let rows = db.selectFrom('visit_team as t').select('t.visit_id').where('t.tenant_id', '=', tenantId);
  if (filter.from) rows = rows.where('t.starts_at', '>=', filter.from);
  if (filter.to) rows = rows.where('t.starts_at', '<', filter.to);
  return rows;
}

const placesQuery = compileOnceAll((db: Executor, tenantId: TenantId, locationIds: readonly string[]) =>
  db
    .selectFrom('locations as l')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .select(['l.id', 'l.name as location_name', 'l.address', 'l.time_zone', 'c.name as customer_name'])
    .where('l.tenant_id', '=', tenantId)
    .where('l.id', 'in', locationIds),
);

/** Where visits happen and for whom: each location with its customer's name. */
function placesOf(db: Executor, tenantId: TenantId, locationIds: string[]) {
  if (locationIds.length === 0) return Promise.resolve([]);
  return placesQuery(db, tenantId, locationIds);
}

// Every list of visits (the schedule, the office's lists, one visit) reads through this: built once per shape (db/compile-once.ts says why).
const visitsQuery = compileOnceAll((db: Executor, tenantId: TenantId, filter: VisitFilter, page: { limit: number; descending: boolean; after: KeysetPosition | null }) => {
  let query = visitsWhere(db, tenantId, filter);
  const { after, descending } = page;
  if (after) {
    const beyond = descending ? '<' : '>';
    query = query.where((eb) => eb.or([eb('v.starts_at', beyond, after.at), eb.and([eb('v.starts_at', '=', after.at), eb('v.id', beyond, after.id)])]));
  }
  const order = descending ? 'desc' : 'asc';
  return query.selectAll('v').orderBy('v.starts_at', order).orderBy('v.id', order).limit(page.limit);
});

/**
 * Visits in start order, then by id. `after` reads on from a row's position (keyset paging on
 * starts_at, id, from the (tenant, starts_at) index), so a deep page costs what the first does.
 */
export async function visits(db: Executor, tenantId: TenantId, filter: VisitFilter, page: { limit: number; order: 'asc' | 'desc'; after?: KeysetPosition | null }) {
  const rows = await visitsQuery(db, tenantId, filter, { limit: page.limit, descending: page.order === 'desc', after: page.after ?? null });
  const places = new Map((await placesOf(db, tenantId, [...new Set(rows.map((row) => row.location_id))])).map((place) => [place.id, place]));
  // The driver's rows are this call's own: naming their places on them spares copying every column of a page of visits.
  return rows.map((row) => {
    const place = places.get(row.location_id)!;
    return Object.assign(row, { customer_name: place.customer_name, location_name: place.location_name, address: place.address, time_zone: place.time_zone });
  });
}
export type VisitRow = Awaited<ReturnType<typeof visits>>[number];

// Every list of visits reads their teams and upgrades: built once per number of visits (db/compile-once.ts says why).
const visitTeamsQuery = compileOnceAll((db: Executor, tenantId: TenantId, visitIds: readonly string[]) =>
  db
    .selectFrom('visit_team as t')
    .innerJoin('staff_users as u', (join) => join.onRef('u.id', '=', 't.staff_user_id').onRef('u.tenant_id', '=', 't.tenant_id'))
    .select(['t.visit_id', 'u.id', 'u.name'])
    .where('t.tenant_id', '=', tenantId)
    .where('t.visit_id', 'in', visitIds)
    .orderBy('u.name'),
);

export function visitTeams(db: Executor, tenantId: TenantId, visitIds: string[]) {
  if (visitIds.length === 0) return Promise.resolve([]);
  return visitTeamsQuery(db, tenantId, visitIds);
}

const visitUpgradesQuery = compileOnceAll((db: Executor, tenantId: TenantId, visitIds: readonly string[]) =>
  db
    .selectFrom('visit_upgrades')
    .select(['id', 'visit_id', 'upgrade_id', 'name', 'price', 'extra_minutes', 'status', 'request_id', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('visit_id', 'in', visitIds)
    .orderBy('created_at')
    .orderBy('id'),
);

export function visitUpgrades(db: Executor, tenantId: TenantId, visitIds: string[]) {
  if (visitIds.length === 0) return Promise.resolve([]);
  return visitUpgradesQuery(db, tenantId, visitIds);
}

type NewVisit = Omit<Insertable<VisitsTable>, 'tenant_id' | 'exception'>;

/** Inserts visits a series makes; a day the series already has (made earlier, or changed on its own) is left as it is. Answers the ids made. */
export async function insertSeriesVisits(db: Executor, tenantId: TenantId, rows: NewVisit[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const made = await db
    .insertInto('visits')
    .values(rows.map((row) => ({ ...row, tenant_id: tenantId })))
    .onConflict((oc) => oc.columns(['tenant_id', 'account_service_id', 'original_date']).doNothing())
    .returning('id')
    .execute();
  return made.map((row) => row.id);
}

export async function insertVisitTeams(db: Executor, tenantId: TenantId, visitIds: string[], staffIds: string[]): Promise<void> {
  const rows = visitIds.flatMap((visit_id) => staffIds.map((staff_user_id) => ({ tenant_id: tenantId, visit_id, staff_user_id })));
  // Long series are written in slices: SQLite allows at most 32,766 bound values in one statement.
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('visit_team').values(rows.slice(i, i + 1000)).execute();
}

/** The series' own future visits (scheduled, not changed on their own) from an instant on. */
export function futureSeriesVisits(db: Executor, tenantId: TenantId, serviceId: string, from: string) {
  return db
    .selectFrom('visits')
    .select(['id', 'original_date'])
    .where('tenant_id', '=', tenantId)
    .where('account_service_id', '=', serviceId)
    .where('status', '=', 'scheduled')
    .where('exception', '=', false)
    .where('starts_at', '>=', from)
    .execute();
}

export async function updateVisit(db: Executor, tenantId: TenantId, id: string, values: Omit<Updateable<VisitsTable>, 'id' | 'tenant_id'>): Promise<void> {
  await db.updateTable('visits').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deleteVisits(db: Executor, tenantId: TenantId, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) await db.deleteFrom('visits').where('tenant_id', '=', tenantId).where('id', 'in', ids.slice(i, i + 500)).execute();
}

export async function replaceVisitTeam(db: Executor, tenantId: TenantId, visitIds: string[], staffIds: string[]): Promise<void> {
  for (let i = 0; i < visitIds.length; i += 500) {
    await db.deleteFrom('visit_team').where('tenant_id', '=', tenantId).where('visit_id', 'in', visitIds.slice(i, i + 500)).execute();
  }
  await insertVisitTeams(db, tenantId, visitIds, staffIds);
}

/** Scheduled services whose visits do not yet reach the horizon. */
export function servicesShortOf(db: Executor, tenantId: TenantId, horizon: string) {
  return db
    .selectFrom('account_services')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'scheduled')
    .where((eb) => eb.or([eb('visits_until', 'is', null), eb('visits_until', '<', horizon)]))
    .orderBy('id')
    .execute();
}
