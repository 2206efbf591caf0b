import { sql } from 'kysely';
import { hasRoleAtLeast, staffRoles } from '../../../shared/roles.ts';
import type { Executor } from '../../db/database.ts';
import type { ChatMessagesTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export type Reader = { kind: 'portal' | 'staff'; id: string };

const readerColumn = (reader: Reader) => (reader.kind === 'portal' ? 'portal_user_id' : 'staff_user_id');

/** A location with its customer, if it is the company's. */
export function findLocation(db: Executor, tenantId: TenantId, locationId: string) {
  return db
    .selectFrom('locations as l')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .select(['l.id', 'l.name', 'l.time_zone', 'l.customer_id', 'c.name as customer_name'])
    .where('l.tenant_id', '=', tenantId)
    .where('l.id', '=', locationId)
    .executeTakeFirst();
}

/** The locations where a staff member is both assigned and trained, as a subquery. */
function looksAfter(db: Executor, tenantId: TenantId, staffUserId: string) {
  return db
    .selectFrom('staff_location_assignments')
    .select('location_id')
    .where('tenant_id', '=', tenantId)
    .where('staff_user_id', '=', staffUserId)
    .where('assigned', '=', true)
    .where('trained', '=', true);
}

export async function isAssignedAndTrained(db: Executor, tenantId: TenantId, locationId: string, staffUserId: string): Promise<boolean> {
  const row = await db
    .selectFrom('staff_location_assignments')
    .select('location_id')
    .where('tenant_id', '=', tenantId)
    .where('location_id', '=', locationId)
    .where('staff_user_id', '=', staffUserId)
    .where('assigned', '=', true)
    .where('trained', '=', true)
    .executeTakeFirst();
  return Boolean(row);
}

const takingPartRoles = (minimum: 'supervisor' | 'admin') => staffRoles.filter((role) => hasRoleAtLeast(role, minimum));

/**
 * Who a customer's message at a location reaches: the active staff from supervisor up who are
 * assigned and trained there, or — when there is nobody — the company's admins and owners.
 */
export async function chatStaffOf(db: Executor, tenantId: TenantId, locationId: string): Promise<string[]> {
  const assigned = await db
    .selectFrom('staff_location_assignments as a')
    .innerJoin('staff_users as s', (join) => join.onRef('s.id', '=', 'a.staff_user_id').onRef('s.tenant_id', '=', 'a.tenant_id'))
    .select('s.id')
    .where('a.tenant_id', '=', tenantId)
    .where('a.location_id', '=', locationId)
    .where('a.assigned', '=', true)
    .where('a.trained', '=', true)
    .where('s.role', 'in', takingPartRoles('supervisor'))
    .where('s.deactivated_at', 'is', null)
    .execute();
  if (assigned.length > 0) return assigned.map((row) => row.id);
  const fallback = await db.selectFrom('staff_users').select('id').where('tenant_id', '=', tenantId).where('role', 'in', takingPartRoles('admin')).where('deactivated_at', 'is', null).execute();
  return fallback.map((row) => row.id);
}

export type MessageRow = Pick<ChatMessagesTable, 'id' | 'location_id' | 'sender_kind' | 'portal_user_id' | 'staff_user_id' | 'sender_name' | 'text' | 'created_at' | 'deleted_at'>;

const messageColumns = ['id', 'location_id', 'sender_kind', 'portal_user_id', 'staff_user_id', 'sender_name', 'text', 'created_at', 'deleted_at'] as const;

export function findMessage(db: Executor, tenantId: TenantId, id: string): Promise<MessageRow | undefined> {
  return db.selectFrom('chat_messages').select(messageColumns).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** The newest `limit` messages of a location (or those before a message), newest first, and whether there are older ones. */
export async function listMessages(db: Executor, tenantId: TenantId, locationId: string, page: { before?: MessageRow; limit: number }) {
  let query = db.selectFrom('chat_messages').select(messageColumns).where('tenant_id', '=', tenantId).where('location_id', '=', locationId);
  const before = page.before;
  if (before) query = query.where((eb) => eb.or([eb('created_at', '<', before.created_at), eb.and([eb('created_at', '=', before.created_at), eb('id', '<', before.id)])]));
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
  return { rows: rows.slice(0, page.limit), hasOlder: rows.length > page.limit };
}

export async function insertMessage(db: Executor, tenantId: TenantId, row: Omit<ChatMessagesTable, 'tenant_id' | 'deleted_at' | 'deleted_by'>): Promise<void> {
  await db.insertInto('chat_messages').values({ ...row, tenant_id: tenantId, deleted_at: null, deleted_by: null }).execute();
}

/** Removes a message's words; the row stays, to show "message removed" where it was. */
export async function removeMessage(db: Executor, tenantId: TenantId, id: string, by: string, at: string): Promise<void> {
  await db.updateTable('chat_messages').set({ text: '', deleted_at: at, deleted_by: by }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** Messages of others the reader has not read, not removed; staff count only the customers' messages. */
function unreadCount(reader: Reader) {
  const notMine =
    reader.kind === 'staff'
      ? sql`m.sender_kind = 'portal'`
      : sql`(m.portal_user_id is null or m.portal_user_id <> ${reader.id})`;
  return sql<number>`sum(case when ${notMine} and m.deleted_at is null and (r.last_read_at is null or m.created_at > r.last_read_at) then 1 else 0 end)`;
}

/** Messages grouped by location, with the reader's own marker beside them. */
function conversations(db: Executor, tenantId: TenantId, reader: Reader, locationIds: 'all' | string[] | { looksAfter: string }) {
  let query = db
    .selectFrom('chat_messages as m')
    .leftJoin('chat_readers as r', (join) => join.onRef('r.location_id', '=', 'm.location_id').onRef('r.tenant_id', '=', 'm.tenant_id').on(`r.${readerColumn(reader)}`, '=', reader.id))
    .where('m.tenant_id', '=', tenantId);
  if (Array.isArray(locationIds)) query = query.where('m.location_id', 'in', locationIds.length > 0 ? locationIds : ['-']);
  else if (locationIds !== 'all') query = query.where('m.location_id', 'in', looksAfter(db, tenantId, locationIds.looksAfter));
  return query;
}

/** Unread messages per location, only where there are some. */
export async function unreadByLocation(db: Executor, tenantId: TenantId, reader: Reader, locationIds: 'all' | string[] | { looksAfter: string }): Promise<Record<string, number>> {
  const rows = await conversations(db, tenantId, reader, locationIds).select(['m.location_id', unreadCount(reader).as('unread')]).groupBy(['m.location_id', 'r.last_read_at']).execute();
  return Object.fromEntries(rows.filter((row) => Number(row.unread) > 0).map((row) => [row.location_id, Number(row.unread)]));
}

/** The office's list: a staff member's conversations, unread first, then the newest, a page at a time. */
export async function listConversations(db: Executor, tenantId: TenantId, staffUserId: string, all: boolean, page: { page: number; pageSize: number }) {
  const reader: Reader = { kind: 'staff', id: staffUserId };
  const scope = all ? 'all' : { looksAfter: staffUserId };
  const unread = unreadCount(reader);
  const rows = await conversations(db, tenantId, reader, scope)
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'm.location_id').onRef('l.tenant_id', '=', 'm.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .select((eb) => ['m.location_id', 'l.name as location_name', 'c.name as customer_name', eb.fn.max('m.created_at').as('last_at'), unread.as('unread')])
    .groupBy(['m.location_id', 'l.name', 'c.name', 'r.last_read_at'])
    .orderBy(sql`case when ${unread} > 0 then 0 else 1 end`)
    .orderBy(sql`max(m.created_at)`, 'desc')
    .orderBy('m.location_id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  const total = await conversations(db, tenantId, reader, scope)
    .select((eb) => eb.fn.count<number>('m.location_id').distinct().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}

/** The newest message of each location given. */
export async function lastMessages(db: Executor, tenantId: TenantId, locationIds: string[]): Promise<MessageRow[]> {
  if (locationIds.length === 0) return [];
  const rows = await db
    .selectFrom('chat_messages')
    .select(messageColumns)
    .where('tenant_id', '=', tenantId)
    .where('location_id', 'in', locationIds)
    .where('created_at', '=', (eb) =>
      eb
        .selectFrom('chat_messages as newest')
        .select((inner) => inner.fn.max('newest.created_at').as('at'))
        .where('newest.tenant_id', '=', tenantId)
        .whereRef('newest.location_id', '=', 'chat_messages.location_id'),
    )
    .orderBy('id', 'desc')
    .execute();
  const newest = new Map<string, MessageRow>();
  for (const row of rows) if (!newest.has(row.location_id)) newest.set(row.location_id, row);
  return [...newest.values()];
}

/** Moves the reader's marker to `at` (never back). */
export async function markRead(db: Executor, tenantId: TenantId, locationId: string, reader: Reader, id: string, at: string): Promise<void> {
  const column = readerColumn(reader);
  await db
    .insertInto('chat_readers')
    .values({ id, tenant_id: tenantId, location_id: locationId, portal_user_id: reader.kind === 'portal' ? reader.id : null, staff_user_id: reader.kind === 'staff' ? reader.id : null, last_read_at: at, notified_at: null })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'location_id', column])
        .doUpdateSet({ last_read_at: at })
        .where((eb) => eb.or([eb('chat_readers.last_read_at', 'is', null), eb('chat_readers.last_read_at', '<', at)])),
    )
    .execute();
}

/** The staff of `staffUserIds` told of this conversation at or after `since`: not told again yet. */
export async function recentlyNotified(db: Executor, tenantId: TenantId, locationId: string, staffUserIds: string[], since: string): Promise<Set<string>> {
  if (staffUserIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('chat_readers')
    .select('staff_user_id')
    .where('tenant_id', '=', tenantId)
    .where('location_id', '=', locationId)
    .where('staff_user_id', 'in', staffUserIds)
    .where('notified_at', '>', since)
    .execute();
  return new Set(rows.map((row) => row.staff_user_id!));
}

export async function markNotified(db: Executor, tenantId: TenantId, locationId: string, staffUserId: string, id: string, at: string): Promise<void> {
  await db
    .insertInto('chat_readers')
    .values({ id, tenant_id: tenantId, location_id: locationId, portal_user_id: null, staff_user_id: staffUserId, last_read_at: null, notified_at: at })
    .onConflict((oc) => oc.columns(['tenant_id', 'location_id', 'staff_user_id']).doUpdateSet({ notified_at: at }))
    .execute();
}

/** A photo of a message, with the message's location and whether it was removed. */
export function findPhoto(db: Executor, tenantId: TenantId, attachmentId: string) {
  return db
    .selectFrom('attachments as a')
    .innerJoin('chat_messages as m', (join) => join.onRef('m.id', '=', 'a.owner_id').onRef('m.tenant_id', '=', 'a.tenant_id'))
    .select(['a.storage_key', 'a.thumbnail_key', 'a.content_type', 'a.file_name', 'm.location_id', 'm.deleted_at'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.id', '=', attachmentId)
    .where('a.owner_type', '=', 'chat_message')
    .executeTakeFirst();
}
