import type { CustomerListQuery } from '../../../shared/features/customers/customers.contract.ts';
import { compileOnce, compileOnceAll } from '../../db/compile-once.ts';
import type { Executor } from '../../db/database.ts';
import { searchWords } from '../../db/like.ts';
import type { CustomerContactsTable, CustomersTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { customersMatching } from './customer-search.ts';

const sortColumns = {
  name: ['c.name', 'asc'],
  '-name': ['c.name', 'desc'],
  created: ['c.created_at', 'asc'],
  '-created': ['c.created_at', 'desc'],
} as const;

export async function listCustomers(db: Executor, tenantId: TenantId, query: CustomerListQuery) {
  const { items, count } = customerListQueries(db, tenantId, query);
  const [rows, counted] = await Promise.all([items.execute(), count.executeTakeFirstOrThrow()]);
  return { items: rows, total: Number(counted.n) };
}

/** The two queries of a page of customers, unrun (a test reads their plans): the page's rows, and how many match in all. */
export function customerListQueries(db: Executor, tenantId: TenantId, query: CustomerListQuery) {
  let base = customersMatching(db, searchWords(query.q))
    .where('c.tenant_id', '=', tenantId)
    .where('c.archived_at', query.status === 'archived' ? 'is not' : 'is', null);
  if (query.type) base = base.where('c.type', '=', query.type);
  const [column, direction] = sortColumns[query.sort];
  // The page is cut first and counted after, so a deep page does not count locations for
  // every row it skips.
  const page = base
    .select(['c.id', 'c.tenant_id', 'c.name', 'c.type', 'c.email', 'c.phone', 'c.city', 'c.website', 'c.archived_at', 'c.created_at'])
    .orderBy(column, direction)
    .orderBy('c.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .as('c');
  return {
    items: db
      .selectFrom(page)
      .select(['c.id', 'c.name', 'c.type', 'c.email', 'c.phone', 'c.city', 'c.website', 'c.archived_at'])
      .select((eb) =>
        eb
          .selectFrom('locations as l')
          // The tenant term lets the (tenant_id, customer_id) index answer this.
          .whereRef('l.tenant_id', '=', 'c.tenant_id')
          .whereRef('l.customer_id', '=', 'c.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('location_count'),
      )
      .orderBy(column, direction)
      .orderBy('c.id'),
    count: base.select((eb) => eb.fn.countAll<number>().as('n')),
  };
}

// One customer's page reads these three on every open: built once (compile-once.ts), as each is of fixed shape.
const customerById = compileOnce((db: Executor, tenantId: TenantId, id: string) => db.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id));

export function findCustomer(db: Executor, tenantId: TenantId, id: string) {
  return customerById(db, tenantId, id);
}

const contactsQuery = compileOnceAll((db: Executor, tenantId: TenantId, customerId: string) =>
  db
    .selectFrom('customer_contacts')
    .select(['id', 'name', 'email', 'mobile', 'mobile_carrier', 'mobile_carrier_domain'])
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .orderBy('position'),
);

export function contactsOf(db: Executor, tenantId: TenantId, customerId: string) {
  return contactsQuery(db, tenantId, customerId);
}

const countsQuery = compileOnce((db: Executor, tenantId: TenantId, customerId: string) =>
  db.selectNoFrom((eb) => [
    eb.selectFrom('locations').select(eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).as('locations'),
    eb.selectFrom('portal_user_customers').select(eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).as('portal_users'),
  ]),
);

export async function countsOf(db: Executor, tenantId: TenantId, customerId: string) {
  const row = await countsQuery(db, tenantId, customerId);
  return { locations: Number(row?.locations ?? 0), portalUsers: Number(row?.portal_users ?? 0) };
}

type CustomerValues = Pick<CustomersTable, 'name' | 'type' | 'email' | 'phone' | 'billing_address' | 'city' | 'website' | 'comments'>;

export async function insertCustomer(db: Executor, tenantId: TenantId, id: string, values: CustomerValues, createdAt: string): Promise<void> {
  await db.insertInto('customers').values({ id, tenant_id: tenantId, ...values, archived_at: null, created_at: createdAt }).execute();
}

export async function updateCustomer(db: Executor, tenantId: TenantId, id: string, values: Partial<CustomerValues & { archived_at: string | null }>): Promise<void> {
  await db.updateTable('customers').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function replaceContacts(
  db: Executor,
  tenantId: TenantId,
  customerId: string,
  contacts: Pick<CustomerContactsTable, 'id' | 'name' | 'email' | 'mobile' | 'mobile_carrier' | 'mobile_carrier_domain'>[],
): Promise<void> {
  await db.deleteFrom('customer_contacts').where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).execute();
  if (contacts.length === 0) return;
  await db
    .insertInto('customer_contacts')
    .values(contacts.map((c, position) => ({ ...c, tenant_id: tenantId, customer_id: customerId, position })))
    .execute();
}

/** Portal users whose only active customer is this one: archiving it must end their sessions. */
export function portalUsersOnlyOf(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('portal_user_customers as puc')
    .select('puc.portal_user_id')
    .where('puc.tenant_id', '=', tenantId)
    .where('puc.customer_id', '=', customerId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('portal_user_customers as other')
            .innerJoin('customers as oc', (join) => join.onRef('oc.id', '=', 'other.customer_id').onRef('oc.tenant_id', '=', 'other.tenant_id'))
            .select('other.customer_id')
            .whereRef('other.portal_user_id', '=', 'puc.portal_user_id')
            .whereRef('other.tenant_id', '=', 'puc.tenant_id')
            .where('other.customer_id', '!=', customerId)
            .where('oc.archived_at', 'is', null),
        ),
      ),
    )
    .execute();
}

/** The staff assigned to the customer's locations (not only trained there), one row per location. */
export function assignedStaff(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('staff_location_assignments as a')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'a.location_id').onRef('l.tenant_id', '=', 'a.tenant_id'))
    .innerJoin('staff_users as s', (join) => join.onRef('s.id', '=', 'a.staff_user_id').onRef('s.tenant_id', '=', 'a.tenant_id'))
    .select(['s.id as staff_id', 's.name', 's.role', 'l.id as location_id', 'l.name as location_name'])
    .where('a.tenant_id', '=', tenantId)
    .where('l.customer_id', '=', customerId)
    .where('a.assigned', '=', true)
    .orderBy('l.name')
    .execute();
}

/** The team of each of the customer's visits that started between `since` and `until` and were worked (under way or done), latest first. */
export function workedVisits(db: Executor, tenantId: TenantId, customerId: string, since: string, until: string) {
  return db
    .selectFrom('visit_team as t')
    .innerJoin('visits as v', (join) => join.onRef('v.id', '=', 't.visit_id').onRef('v.tenant_id', '=', 't.tenant_id'))
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'v.location_id').onRef('l.tenant_id', '=', 'v.tenant_id'))
    .innerJoin('staff_users as s', (join) => join.onRef('s.id', '=', 't.staff_user_id').onRef('s.tenant_id', '=', 't.tenant_id'))
    .select(['s.id as staff_id', 's.name', 's.role', 'v.id as visit_id', 'v.starts_at', 'l.name as location_name', 'l.time_zone'])
    .where('t.tenant_id', '=', tenantId)
    .where('v.customer_id', '=', customerId)
    .where('v.status', 'in', ['in_progress', 'completed'])
    .where('v.starts_at', '>=', since)
    .where('v.starts_at', '<=', until)
    .orderBy('v.starts_at', 'desc')
    .orderBy('v.id', 'desc')
    .execute();
}

/** A contact with what its vCard needs of its customer; undefined when either is not this company's or the contact is not the customer's. */
export function contactCardOf(db: Executor, tenantId: TenantId, customerId: string, contactId: string) {
  return db
    .selectFrom('customer_contacts as p')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'p.customer_id').onRef('c.tenant_id', '=', 'p.tenant_id'))
    .select(['p.name', 'p.email', 'p.mobile', 'c.name as customer_name', 'c.phone', 'c.billing_address', 'c.city'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.customer_id', '=', customerId)
    .where('p.id', '=', contactId)
    .executeTakeFirst();
}

/** A contact to write to, with what the message's signature and addresses need; none when the customer or contact is another company's. */
export function messageAddresseeOf(db: Executor, tenantId: TenantId, customerId: string, contactId: string) {
  return db
    .selectFrom('customer_contacts as p')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'p.customer_id').onRef('c.tenant_id', '=', 'p.tenant_id'))
    .select(['p.id', 'p.name', 'p.email', 'p.mobile', 'p.mobile_carrier', 'p.mobile_carrier_domain'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.customer_id', '=', customerId)
    .where('p.id', '=', contactId)
    .executeTakeFirst();
}

// ── Automatic notices ───────────────────────────────────────────────────────────────────

export function noticeSwitchesOf(db: Executor, tenantId: TenantId, customerId: string) {
  return db.selectFrom('customers').select(['id', 'notify_on_my_way', 'notify_visit_done', 'notify_visit_changes']).where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirst();
}

export async function setNoticeSwitches(db: Executor, tenantId: TenantId, customerId: string, switches: { notify_on_my_way: boolean; notify_visit_done: boolean; notify_visit_changes: boolean }): Promise<void> {
  await db.updateTable('customers').set(switches).where('tenant_id', '=', tenantId).where('id', '=', customerId).execute();
}

/** The customer's contacts with the visit reminders each chose. */
export function contactsWithReminders(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('customer_contacts as p')
    .leftJoin('reminder_choices as r', (join) => join.onRef('r.contact_id', '=', 'p.id').onRef('r.tenant_id', '=', 'p.tenant_id').onRef('r.customer_id', '=', 'p.customer_id').on('r.enabled', '=', true))
    .select(['p.id', 'p.name', 'p.email', 'p.mobile', 'p.mobile_carrier', 'p.mobile_carrier_domain', 'p.position', 'r.days_before'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.customer_id', '=', customerId)
    .orderBy('p.position')
    .execute();
}

/**
 * The customer's portal users who can sign in, whether they are billing contacts, and whether any
 * of their locations has the portal on (the visit notices go only there).
 */
export function portalUsersForNotices(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('portal_user_customers as puc')
    .innerJoin('portal_users as u', (join) => join.onRef('u.id', '=', 'puc.portal_user_id').onRef('u.tenant_id', '=', 'puc.tenant_id'))
    .select((eb) => [
      'u.id',
      'u.name',
      'u.email',
      'puc.is_billing_contact',
      eb
        .exists(
          eb
            .selectFrom('portal_user_locations as pul')
            .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'pul.location_id').onRef('l.tenant_id', '=', 'pul.tenant_id'))
            .select('pul.location_id')
            .whereRef('pul.portal_user_id', '=', 'u.id')
            .where('pul.tenant_id', '=', tenantId)
            .where('l.customer_id', '=', customerId)
            .where('l.portal_enabled', '=', true),
        )
        .as('sees_visits'),
    ])
    .where('puc.tenant_id', '=', tenantId)
    .where('puc.customer_id', '=', customerId)
    .where('u.locked_at', 'is', null)
    .orderBy('u.name')
    .execute();
}

// ── Service agreement ───────────────────────────────────────────────────────────────────

export function acceptedQuotesOf(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('quotes as q')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'q.location_id').onRef('l.tenant_id', '=', 'q.tenant_id'))
    .select(['q.id', 'q.number', 'q.title', 'q.total', 'q.currency', 'q.accepted_at', 'q.accepted_name', 'q.account_service_id', 'l.name as location_name'])
    .where('q.tenant_id', '=', tenantId)
    .where('q.customer_id', '=', customerId)
    .where('q.status', '=', 'accepted')
    .orderBy('q.accepted_at', 'desc')
    .execute();
}

/** Services scheduled on the account that have not ended before `today`. */
export function agreedServicesOf(db: Executor, tenantId: TenantId, customerId: string, today: string) {
  return db
    .selectFrom('account_services as s')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 's.location_id').onRef('l.tenant_id', '=', 's.tenant_id'))
    .select(['s.id', 's.name', 's.rrule', 's.price', 's.start_date', 's.ends_on', 'l.name as location_name'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.customer_id', '=', customerId)
    .where('s.status', '=', 'scheduled')
    .where((eb) => eb.or([eb('s.ends_on', 'is', null), eb('s.ends_on', '>=', today)]))
    .orderBy('l.name')
    .orderBy('s.name')
    .execute();
}
