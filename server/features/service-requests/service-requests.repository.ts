import { compileOnce, compileOnceAll } from '../../db/compile-once.ts';
import type { Insertable, Updateable } from 'kysely';
import { finishedStatuses, mayHandleRequests, type InboxQuery, type ServiceRequestStatus } from '../../../shared/features/service-requests/service-requests.contract.ts';
import { staffRoles } from '../../../shared/roles.ts';
import type { Executor } from '../../db/database.ts';
import { containingPattern, matchesPattern, searchWords } from '../../db/like.ts';
import type { ServiceRequestMessagesTable, ServiceRequestsTable } from '../../db/schema.ts';
import type { KeysetPosition } from '../../lib/page-cursor.ts';
import { days, isoAfter } from '../../lib/time.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

/** A request with the names a screen shows beside it. */
function withNames(db: Executor, tenantId: TenantId) {
  return db
    .selectFrom('service_requests as r')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'r.location_id').onRef('l.tenant_id', '=', 'r.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'r.customer_id').onRef('c.tenant_id', '=', 'r.tenant_id'))
    .leftJoin('staff_users as a', (join) => join.onRef('a.id', '=', 'r.assignee_id').onRef('a.tenant_id', '=', 'r.tenant_id'))
    .leftJoin('portal_users as p', (join) => join.onRef('p.id', '=', 'r.portal_user_id').onRef('p.tenant_id', '=', 'r.tenant_id'))
    .leftJoin('visits as v', (join) => join.onRef('v.id', '=', 'r.visit_id').onRef('v.tenant_id', '=', 'r.tenant_id'))
    .selectAll('r')
    .select(['l.name as location_name', 'l.time_zone as location_time_zone', 'c.name as customer_name', 'a.name as assignee_name', 'p.name as requested_by', 'v.name as visit_name', 'v.starts_at as visit_starts_at'])
    .where('r.tenant_id', '=', tenantId);
}

export type RequestRow = Awaited<ReturnType<typeof findRequest>> & object;

export function findRequest(db: Executor, tenantId: TenantId, id: string) {
  return withNames(db, tenantId).where('r.id', '=', id).executeTakeFirst();
}

export async function insertRequest(db: Executor, tenantId: TenantId, row: Omit<ServiceRequestsTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('service_requests').values({ ...row, tenant_id: tenantId }).execute();
}

export async function updateRequest(db: Executor, tenantId: TenantId, id: string, values: Updateable<Omit<ServiceRequestsTable, 'id' | 'tenant_id'>>): Promise<void> {
  await db.updateTable('service_requests').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** Moves a request on only if it is still in `from`: two people acting at once cannot both win. */
export async function moveRequest(
  db: Executor,
  tenantId: TenantId,
  id: string,
  from: ServiceRequestStatus,
  values: Updateable<Omit<ServiceRequestsTable, 'id' | 'tenant_id'>>,
): Promise<boolean> {
  const result = await db.updateTable('service_requests').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertMessage(db: Executor, tenantId: TenantId, row: Omit<Insertable<ServiceRequestMessagesTable>, 'tenant_id'>): Promise<void> {
  await db.insertInto('service_request_messages').values({ ...row, tenant_id: tenantId }).execute();
}

export function messagesOf(db: Executor, tenantId: TenantId, requestId: string, includeInternal: boolean) {
  let query = db.selectFrom('service_request_messages').selectAll().where('tenant_id', '=', tenantId).where('request_id', '=', requestId);
  if (!includeInternal) query = query.where('internal', '=', false);
  return query.orderBy('created_at').orderBy('id').execute();
}

type LocationPage = { finished: boolean; after: KeysetPosition | null; limit: number };

// The portal's request list is a customer's busiest page: built once per shape (db/compile-once.ts says why).
const requestsAtLocationQuery = compileOnceAll((db: Executor, tenantId: TenantId, locationId: string, page: LocationPage) => {
  let query = withNames(db, tenantId).where('r.location_id', '=', locationId).where('r.status', page.finished ? 'in' : 'not in', finishedStatuses);
  const after = page.after;
  if (after) query = query.where((eb) => eb.or([eb('r.created_at', '<', after.at), eb.and([eb('r.created_at', '=', after.at), eb('r.id', '<', after.id)])]));
  return query.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(page.limit);
});

/**
 * A page of a location's open or finished requests, newest first, after a row's position: keyset
 * paging on (created_at, id), which the (tenant, location, created_at, id) index answers.
 */
export function requestsAtLocation(db: Executor, tenantId: TenantId, locationId: string, page: LocationPage) {
  return requestsAtLocationQuery(db, tenantId, locationId, page);
}

/** Each sort's keyset: its column, then the id to break ties, both in one direction. */
export const inboxSorts = {
  newest: ['created_at', 'desc'],
  oldest: ['created_at', 'asc'],
  updated: ['updated_at', 'desc'],
} as const;

/** The inbox's filters as its built-once query takes them: each either given or not, or a flag. */
type InboxFilter = {
  unfinished: boolean;
  status?: ServiceRequestStatus;
  locationId?: string;
  customerId?: string;
  unassigned: boolean;
  assigneeId?: string;
  serviceId?: string;
  categoryId?: string;
  createdBefore?: string;
  /** LIKE patterns, one per word searched for. */
  patterns: readonly string[];
};

type InboxPage = { after: KeysetPosition | null; limit: number };

function inboxFilter(query: Omit<InboxQuery, 'cursor' | 'pageSize' | 'sort'>, now: Date): InboxFilter {
  const { status, assigneeId } = query;
  return {
    unfinished: status === 'unfinished',
    status: status === 'unfinished' || status === 'all' ? undefined : status,
    locationId: query.locationId,
    customerId: query.customerId,
    unassigned: assigneeId === 'none',
    assigneeId: assigneeId === 'none' ? undefined : assigneeId,
    serviceId: query.serviceId,
    categoryId: query.categoryId,
    createdBefore: query.olderThanDays ? isoAfter(-days(query.olderThanDays), now) : undefined,
    patterns: searchWords(query.q).map(containingPattern),
  };
}

function inboxPage(db: Executor, tenantId: TenantId, sort: keyof typeof inboxSorts, filter: InboxFilter, page: InboxPage) {
  let base = db.selectFrom('service_requests as r').where('r.tenant_id', '=', tenantId);
  // Listed rather than "not resolved or closed", so the (tenant, status) index can answer it.
  if (filter.unfinished) base = base.where('r.status', 'in', ['new', 'open', 'in_progress', 'pending_confirmation']);
  if (filter.status) base = base.where('r.status', '=', filter.status);
  if (filter.locationId) base = base.where('r.location_id', '=', filter.locationId);
  if (filter.customerId) base = base.where('r.customer_id', '=', filter.customerId);
  if (filter.unassigned) base = base.where('r.assignee_id', 'is', null);
  if (filter.assigneeId) base = base.where('r.assignee_id', '=', filter.assigneeId);
  if (filter.serviceId) base = base.where('r.service_id', '=', filter.serviceId);
  if (filter.categoryId) base = base.where('r.category_id', '=', filter.categoryId);
  if (filter.createdBefore) base = base.where('r.created_at', '<', filter.createdBefore);
  for (const pattern of filter.patterns) {
    base = base.where((eb) => eb.or([matchesPattern('r.reference', pattern), matchesPattern('r.text', pattern), matchesPattern('r.subject', pattern)]));
  }
  const [name, direction] = inboxSorts[sort];
  const column = `r.${name}` as const;
  const after = page.after;
  if (after) {
    const beyond = direction === 'desc' ? '<' : '>';
    base = base.where((eb) => eb.or([eb(column, beyond, after.at), eb.and([eb(column, '=', after.at), eb('r.id', beyond, after.id)])]));
  }
  // The page is cut on the request table alone, then joined for names.
  const cut = base.selectAll('r').orderBy(column, direction).orderBy('r.id', direction).limit(page.limit).as('r');
  return db
    .selectFrom(cut)
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'r.location_id').onRef('l.tenant_id', '=', 'r.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'r.customer_id').onRef('c.tenant_id', '=', 'r.tenant_id'))
    .leftJoin('staff_users as a', (join) => join.onRef('a.id', '=', 'r.assignee_id').onRef('a.tenant_id', '=', 'r.tenant_id'))
    .leftJoin('portal_users as p', (join) => join.onRef('p.id', '=', 'r.portal_user_id').onRef('p.tenant_id', '=', 'r.tenant_id'))
    .selectAll('r')
    .select(['l.name as location_name', 'l.time_zone as location_time_zone', 'c.name as customer_name', 'a.name as assignee_name', 'p.name as requested_by'])
    .orderBy(column, direction)
    .orderBy('r.id', direction);
}

const inboxQueryFor = (sort: keyof typeof inboxSorts) => compileOnceAll((db: Executor, tenantId: TenantId, filter: InboxFilter, page: InboxPage) => inboxPage(db, tenantId, sort, filter, page));
// The office opens on the inbox: a query per sort, each built once per shape of its filters (db/compile-once.ts says why).
const inboxQueries = { newest: inboxQueryFor('newest'), oldest: inboxQueryFor('oldest'), updated: inboxQueryFor('updated') };

/**
 * A page of the inbox after a row's position in the query's sort (keyset paging on the sort's
 * column and the id), so a deep page costs what the first does. No total: counting a filtered
 * inbox reads every row that matches.
 */
export function inbox(db: Executor, tenantId: TenantId, query: Omit<InboxQuery, 'cursor' | 'pageSize'>, page: InboxPage, now: Date) {
  return inboxQueries[query.sort](db, tenantId, inboxFilter(query, now), page);
}

// The inbox and the office's badge ask this on every load: built once (db/compile-once.ts says why).
const newCount = compileOnce((db: Executor, tenantId: TenantId) =>
  db.selectFrom('service_requests').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('status', '=', 'new'),
);

export async function countNew(db: Executor, tenantId: TenantId): Promise<number> {
  return Number((await newCount(db, tenantId))?.n ?? 0);
}

const handlerRoles = staffRoles.filter(mayHandleRequests);

/**
 * Who a new request goes to: the company's default assignee while their role may read
 * requests, else a manager assigned to the location.
 */
export async function defaultAssignee(db: Executor, tenantId: TenantId, locationId: string, configured: string | null): Promise<string | null> {
  if (configured) {
    const staff = await db.selectFrom('staff_users').select('id').where('tenant_id', '=', tenantId).where('id', '=', configured).where('role', 'in', handlerRoles).executeTakeFirst();
    if (staff) return staff.id;
  }
  const manager = await db
    .selectFrom('staff_location_assignments as sa')
    .innerJoin('staff_users as s', (join) => join.onRef('s.id', '=', 'sa.staff_user_id').onRef('s.tenant_id', '=', 'sa.tenant_id'))
    .select('s.id')
    .where('sa.tenant_id', '=', tenantId)
    .where('sa.location_id', '=', locationId)
    .where('sa.assigned', '=', true)
    .where('s.role', 'in', ['owner', 'admin', 'manager'])
    .orderBy('s.name')
    .executeTakeFirst();
  return manager?.id ?? null;
}

/** Whether the visit is one at this location: a request can only be about a visit where it is raised. */
export async function visitAtLocation(db: Executor, tenantId: TenantId, visitId: string, locationId: string): Promise<boolean> {
  const row = await db.selectFrom('visits').select('id').where('tenant_id', '=', tenantId).where('id', '=', visitId).where('location_id', '=', locationId).executeTakeFirst();
  return row !== undefined;
}

export function findStaffMember(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('staff_users').select(['id', 'name', 'role']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function findPortalUser(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('portal_users').select(['id', 'name', 'email', 'request_status_emails', 'language', 'browser_language']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/**
 * Services a customer may request at a location: active, visible in the portal, and
 * assigned there — directly, or to all locations (which covers locations added later).
 */
export function requestableServices(db: Executor, tenantId: TenantId, locationId: string) {
  return db
    .selectFrom('services as s')
    .select(['s.id', 's.name', 's.description'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.active', '=', true)
    .where('s.visible_in_portal', '=', true)
    .where((eb) =>
      eb.or([
        eb('s.all_locations', '=', true),
        eb.exists(eb.selectFrom('service_locations as sl').select('sl.service_id').whereRef('sl.service_id', '=', 's.id').whereRef('sl.tenant_id', '=', 's.tenant_id').where('sl.location_id', '=', locationId)),
      ]),
    )
    .orderBy('s.name')
    .execute();
}

export function activeCategories(db: Executor, tenantId: TenantId) {
  return db.selectFrom('request_categories').select(['id', 'name']).where('tenant_id', '=', tenantId).where('active', '=', true).orderBy('name').execute();
}

export function findCustomerName(db: Executor, tenantId: TenantId, customerId: string) {
  return db.selectFrom('customers').select('name').where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirstOrThrow();
}

/** The clock of a request's location: its emails name times on it. */
export async function locationTimeZone(db: Executor, tenantId: TenantId, locationId: string): Promise<string> {
  const row = await db.selectFrom('locations').select('time_zone').where('tenant_id', '=', tenantId).where('id', '=', locationId).executeTakeFirstOrThrow();
  return row.time_zone;
}
