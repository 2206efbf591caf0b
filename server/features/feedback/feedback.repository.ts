import type { Executor } from '../../db/database.ts';
import type { FeedbackTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export function findCustomer(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('customers').select(['id', 'name']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function findLocation(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('locations').select(['id', 'name', 'customer_id']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertFeedback(db: Executor, tenantId: TenantId, values: Omit<FeedbackTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('feedback').values({ ...values, tenant_id: tenantId }).execute();
}

export type FeedbackFilter = { id?: string; locationId?: string; customerId?: string; maxRating?: number; since?: string };

function filteredFeedback(db: Executor, tenantId: TenantId, filter: FeedbackFilter) {
  let query = db.selectFrom('feedback as f').where('f.tenant_id', '=', tenantId);
  if (filter.id) query = query.where('f.id', '=', filter.id);
  if (filter.locationId) query = query.where('f.location_id', '=', filter.locationId);
  if (filter.customerId) query = query.where('f.customer_id', '=', filter.customerId);
  if (filter.maxRating !== undefined) query = query.where('f.rating', '<=', filter.maxRating);
  if (filter.since) query = query.where('f.created_at', '>=', filter.since);
  return query;
}

function feedbackWithNames(db: Executor, tenantId: TenantId, filter: FeedbackFilter) {
  return filteredFeedback(db, tenantId, filter)
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'f.location_id').onRef('l.tenant_id', '=', 'f.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'f.customer_id').onRef('c.tenant_id', '=', 'f.tenant_id'))
    .leftJoin('portal_users as pu', (join) => join.onRef('pu.id', '=', 'f.portal_user_id').onRef('pu.tenant_id', '=', 'f.tenant_id'))
    .select(['f.id', 'f.rating', 'f.note', 'f.location_id', 'l.name as location_name', 'l.time_zone as location_time_zone', 'f.customer_id', 'c.name as customer_name', 'pu.name as given_by', 'f.visit_id', 'f.created_at']);
}

/** One page of feedback, newest first, with how many match in all. */
export async function listFeedback(db: Executor, tenantId: TenantId, filter: FeedbackFilter, page: { page: number; pageSize: number }) {
  const [items, count] = await Promise.all([
    feedbackWithNames(db, tenantId, filter)
      .orderBy('f.created_at', 'desc')
      .orderBy('f.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    filteredFeedback(db, tenantId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export function findFeedback(db: Executor, tenantId: TenantId, id: string) {
  return feedbackWithNames(db, tenantId, { id }).executeTakeFirst();
}

/** The ratings of a customer or a location given at or after `since` (an ISO timestamp). */
export function ratingsSince(db: Executor, tenantId: TenantId, scope: { locationId?: string; customerId?: string }, since: string) {
  return filteredFeedback(db, tenantId, scope).select(['f.rating', 'f.created_at']).where('f.created_at', '>=', since).execute();
}

/** A visit at the location, with what rating it needs. */
export function findVisitAt(db: Executor, tenantId: TenantId, locationId: string, visitId: string) {
  return db
    .selectFrom('visits')
    .select(['id', 'status', 'starts_at', 'duration_minutes'])
    .where('tenant_id', '=', tenantId)
    .where('location_id', '=', locationId)
    .where('id', '=', visitId)
    .executeTakeFirst();
}

/** A visit with its location's name and clock, wherever it is: the caller checks who may see it. */
export function findVisit(db: Executor, tenantId: TenantId, visitId: string) {
  return db
    .selectFrom('visits as v')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'v.location_id').onRef('l.tenant_id', '=', 'v.tenant_id'))
    .select(['v.id', 'v.name', 'v.starts_at', 'v.duration_minutes', 'v.status', 'v.location_id', 'l.name as location_name', 'l.time_zone'])
    .where('v.tenant_id', '=', tenantId)
    .where('v.id', '=', visitId)
    .executeTakeFirst();
}

/** The rating a visit was given, if any: each visit is rated once. */
export function findVisitFeedback(db: Executor, tenantId: TenantId, visitId: string) {
  return db.selectFrom('feedback').select(['rating', 'note', 'created_at']).where('tenant_id', '=', tenantId).where('visit_id', '=', visitId).executeTakeFirst();
}

/** The location's latest completed visit that started at or after `since`, and whether it is rated. */
export function latestCompletedVisit(db: Executor, tenantId: TenantId, locationId: string, since: string) {
  return db
    .selectFrom('visits as v')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'v.location_id').onRef('l.tenant_id', '=', 'v.tenant_id'))
    .select((eb) => [
      'v.id',
      'v.name',
      'v.starts_at',
      'v.duration_minutes',
      'l.time_zone',
      eb.exists(eb.selectFrom('feedback as f').select('f.id').whereRef('f.tenant_id', '=', 'v.tenant_id').whereRef('f.visit_id', '=', 'v.id')).as('rated'),
    ])
    .where('v.tenant_id', '=', tenantId)
    .where('v.location_id', '=', locationId)
    .where('v.status', '=', 'completed')
    .where('v.starts_at', '>=', since)
    .orderBy('v.starts_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function isRated(db: Executor, tenantId: TenantId, visitId: string): Promise<boolean> {
  return Boolean(await db.selectFrom('feedback').select('id').where('tenant_id', '=', tenantId).where('visit_id', '=', visitId).executeTakeFirst());
}
