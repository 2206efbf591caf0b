import type { VisitStatus } from '../../../shared/features/visits/visits.contract.ts';
import { compileOnce, compileOnceAll } from '../../db/compile-once.ts';
import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import type { VisitRow } from './visits.repository.ts';

/** Visits with the names `describeVisits` reads beside them, as the office's list selects them. */
function visitsWithNames(db: Executor, tenantId: TenantId) {
  return db
    .selectFrom('visits as v')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'v.customer_id').onRef('c.tenant_id', '=', 'v.tenant_id'))
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'v.location_id').onRef('l.tenant_id', '=', 'v.tenant_id'))
    .selectAll('v')
    .select(['c.name as customer_name', 'l.name as location_name', 'l.address', 'l.time_zone'])
    .where('v.tenant_id', '=', tenantId);
}

export function findVisit(db: Executor, tenantId: TenantId, id: string): Promise<VisitRow | undefined> {
  return visitsWithNames(db, tenantId).where('v.id', '=', id).executeTakeFirst();
}

/** How many coming visits the portal home looks through for the next one: enough for a day of visits already over. */
const comingVisitsLimit = 10;

// The portal home asks this on every visit, so it is built once (db/compile-once.ts says why).
const comingVisitsQuery = compileOnceAll((db: Executor, tenantId: TenantId, locationId: string, since: string) =>
  visitsWithNames(db, tenantId)
    .where('v.location_id', '=', locationId)
    .where('v.status', 'in', ['scheduled', 'in_progress', 'completed'] satisfies VisitStatus[])
    .where('v.starts_at', '>=', since)
    .orderBy('v.starts_at')
    .orderBy('v.id')
    .limit(comingVisitsLimit),
);

/**
 * The visits at a location that may still be the next one: scheduled, under way or just completed, starting no
 * earlier than `since` (a day back, so a visit under way is still found), soonest first.
 */
export function comingVisits(db: Executor, tenantId: TenantId, locationId: string, since: string): Promise<VisitRow[]> {
  return comingVisitsQuery(db, tenantId, locationId, since);
}

type When = { upcoming: boolean; now: string };

function locationVisitsWhere(db: Executor, tenantId: TenantId, locationId: string, when: When) {
  return db
    .selectFrom('visits as v')
    .where('v.tenant_id', '=', tenantId)
    .where('v.location_id', '=', locationId)
    .where('v.starts_at', when.upcoming ? '>=' : '<', when.now);
}

/** A page of a location's visits: still to come soonest first, or past newest first. */
export function locationVisits(db: Executor, tenantId: TenantId, locationId: string, when: When, page: { limit: number; offset: number }): Promise<VisitRow[]> {
  const order = when.upcoming ? 'asc' : 'desc';
  return visitsWithNames(db, tenantId)
    .where('v.location_id', '=', locationId)
    .where('v.starts_at', when.upcoming ? '>=' : '<', when.now)
    .orderBy('v.starts_at', order)
    .orderBy('v.id', order)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countLocationVisits(db: Executor, tenantId: TenantId, locationId: string, when: When): Promise<number> {
  const row = await locationVisitsWhere(db, tenantId, locationId, when).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

const seriesRulesQuery = compileOnceAll((db: Executor, tenantId: TenantId, serviceIds: readonly string[]) =>
  db.selectFrom('account_services').select(['id', 'rrule']).where('tenant_id', '=', tenantId).where('id', 'in', serviceIds),
);

/** The recurrence rule of each series, by id. */
export async function seriesRules(db: Executor, tenantId: TenantId, serviceIds: string[]): Promise<Map<string, string | null>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await seriesRulesQuery(db, tenantId, serviceIds);
  return new Map(rows.map((row) => [row.id, row.rrule]));
}

/** Services on the account at this location that wait to be scheduled, oldest first. */
export function waitingServices(db: Executor, tenantId: TenantId, locationId: string) {
  return db
    .selectFrom('account_services')
    .select(['id', 'name', 'rrule', 'duration_minutes', 'price', 'rate_modifications', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('location_id', '=', locationId)
    .where('status', '=', 'waiting')
    .orderBy('created_at')
    .orderBy('id')
    .limit(100)
    .execute();
}

const countCustomerLocationsQuery = compileOnce((db: Executor, tenantId: TenantId, customerId: string) =>
  db
    .selectFrom('locations')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId),
);

export async function countCustomerLocations(db: Executor, tenantId: TenantId, customerId: string): Promise<number> {
  const row = await countCustomerLocationsQuery(db, tenantId, customerId);
  return Number(row?.n ?? 0);
}

/**
 * Marks a visit skipped if it is still scheduled: of two clicks (or a customer and the office
 * at once) only one changes it. Answers whether this one did.
 */
export async function skipScheduledVisit(db: Executor, tenantId: TenantId, id: string, reason: string, stamp: string): Promise<boolean> {
  const result = await db
    .updateTable('visits')
    .set({ status: 'skipped', status_reason: reason, exception: true, updated_at: stamp })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** What an email or a subject in the person's language needs to know about them. */
export function findPortalPerson(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('portal_users').select(['id', 'name', 'language', 'browser_language']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function findCustomerName(db: Executor, tenantId: TenantId, id: string): Promise<string> {
  const row = await db.selectFrom('customers').select('name').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row?.name ?? '';
}

// ── Calendar subscriptions ──────────────────────────────────────────────────────────────

export async function setCalendarTokenHash(db: Executor, tenantId: TenantId, portalUserId: string, hash: string | null): Promise<void> {
  await db.updateTable('portal_users').set({ calendar_token_hash: hash }).where('tenant_id', '=', tenantId).where('id', '=', portalUserId).execute();
}

export async function hasCalendarToken(db: Executor, tenantId: TenantId, portalUserId: string): Promise<boolean> {
  const row = await db.selectFrom('portal_users').select('calendar_token_hash').where('tenant_id', '=', tenantId).where('id', '=', portalUserId).executeTakeFirst();
  return Boolean(row?.calendar_token_hash);
}

/** The portal user whose calendar link hashes to `hash`, unless their access is locked. */
export function findCalendarOwner(db: Executor, tenantId: TenantId, hash: string) {
  return db
    .selectFrom('portal_users')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('calendar_token_hash', '=', hash)
    .where('locked_at', 'is', null)
    .executeTakeFirst();
}

/** Visits still on at these locations that start within [from, to), soonest first. */
export function calendarVisits(db: Executor, tenantId: TenantId, locationIds: string[], from: string, to: string): Promise<VisitRow[]> {
  if (locationIds.length === 0) return Promise.resolve([]);
  return visitsWithNames(db, tenantId)
    .where('v.location_id', 'in', locationIds)
    .where('v.status', 'in', ['scheduled', 'in_progress', 'completed'] satisfies VisitStatus[])
    .where('v.starts_at', '>=', from)
    .where('v.starts_at', '<', to)
    .orderBy('v.starts_at')
    .orderBy('v.id')
    .limit(5000)
    .execute();
}

/** The locations a portal user may see: granted to them, portal on, of one of their customers still active. */
export async function visibleLocationIds(db: Executor, tenantId: TenantId, portalUserId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('portal_user_locations as pul')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'pul.location_id').onRef('l.tenant_id', '=', 'pul.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .innerJoin('portal_user_customers as puc', (join) => join.onRef('puc.customer_id', '=', 'c.id').onRef('puc.tenant_id', '=', 'c.tenant_id').on('puc.portal_user_id', '=', portalUserId))
    .select('l.id')
    .where('pul.tenant_id', '=', tenantId)
    .where('pul.portal_user_id', '=', portalUserId)
    .where('l.portal_enabled', '=', true)
    .where('c.archived_at', 'is', null)
    .execute();
  return rows.map((row) => row.id);
}
