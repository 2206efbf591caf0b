import type { Executor } from '../../db/database.ts';
import type { CustomerContactsTable, SentRemindersTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export function findCustomer(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('customers').select(['id', 'name']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** A customer this portal user may act for: linked to them and not archived. */
export function customerOfPortalUser(db: Executor, tenantId: TenantId, portalUserId: string, customerId: string) {
  return db
    .selectFrom('customers as c')
    .innerJoin('portal_user_customers as puc', (join) => join.onRef('puc.customer_id', '=', 'c.id').onRef('puc.tenant_id', '=', 'c.tenant_id').on('puc.portal_user_id', '=', portalUserId))
    .select(['c.id', 'c.name'])
    .where('c.tenant_id', '=', tenantId)
    .where('c.id', '=', customerId)
    .where('c.archived_at', 'is', null)
    .executeTakeFirst();
}

export function contactsOf(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('customer_contacts')
    .select(['id', 'name', 'email', 'mobile', 'mobile_carrier', 'mobile_carrier_domain'])
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .orderBy('position')
    .execute();
}

export function choicesOf(db: Executor, tenantId: TenantId, customerId: string) {
  return db.selectFrom('reminder_choices').select(['contact_id', 'days_before', 'enabled']).where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).execute();
}

/** Sets the customer's choices to exactly these; a contact or day left out is off. */
export async function replaceChoices(db: Executor, tenantId: TenantId, customerId: string, choices: { contact_id: string; days_before: number; enabled: boolean }[], stamp: string): Promise<void> {
  await db.deleteFrom('reminder_choices').where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).execute();
  if (choices.length === 0) return;
  await db
    .insertInto('reminder_choices')
    .values(choices.map((choice) => ({ ...choice, tenant_id: tenantId, customer_id: customerId, updated_at: stamp })))
    .execute();
}

/**
 * Sets the customer's contacts to exactly these, in this order, keeping each id: the office's
 * customer form writes them the same way, so a contact keeps its reminders whoever edits it.
 */
export async function replaceContacts(db: Executor, tenantId: TenantId, customerId: string, contacts: Pick<CustomerContactsTable, 'id' | 'name' | 'email' | 'mobile' | 'mobile_carrier' | 'mobile_carrier_domain'>[]): Promise<void> {
  await db.deleteFrom('customer_contacts').where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).execute();
  if (contacts.length === 0) return;
  await db
    .insertInto('customer_contacts')
    .values(contacts.map((contact, position) => ({ ...contact, tenant_id: tenantId, customer_id: customerId, position })))
    .execute();
}

export function reminderSettings(db: Executor, tenantId: TenantId) {
  return db.selectFrom('tenants').select(['reminder_hour', 'customers_manage_notifications']).where('id', '=', tenantId).executeTakeFirstOrThrow();
}

export async function setReminderHour(db: Executor, tenantId: TenantId, hour: number): Promise<void> {
  await db.updateTable('tenants').set({ reminder_hour: hour }).where('id', '=', tenantId).execute();
}

// ── The reminder job ────────────────────────────────────────────────────────────────────

/**
 * Every reminder that could be due for visits starting in [from, to): each scheduled visit of a
 * customer still on the books, with each of its contacts who chose to be reminded, once per
 * chosen day. Which of them are due today is decided on each location's calendar by the caller.
 */
export function reminderCandidates(db: Executor, tenantId: TenantId, from: string, to: string) {
  return db
    .selectFrom('visits as v')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'v.location_id').onRef('l.tenant_id', '=', 'v.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'v.customer_id').onRef('c.tenant_id', '=', 'v.tenant_id'))
    .innerJoin('reminder_choices as rc', (join) => join.onRef('rc.customer_id', '=', 'v.customer_id').onRef('rc.tenant_id', '=', 'v.tenant_id'))
    .innerJoin('customer_contacts as cc', (join) => join.onRef('cc.id', '=', 'rc.contact_id').onRef('cc.customer_id', '=', 'v.customer_id').onRef('cc.tenant_id', '=', 'v.tenant_id'))
    .select([
      'v.id as visit_id',
      'v.name as service',
      'v.starts_at',
      'l.name as location_name',
      'l.address',
      'l.time_zone',
      'c.id as customer_id',
      'c.name as customer_name',
      'rc.days_before',
      'cc.id as contact_id',
      'cc.name as contact_name',
      'cc.email',
      'cc.mobile',
      'cc.mobile_carrier',
      'cc.mobile_carrier_domain',
    ])
    .where('v.tenant_id', '=', tenantId)
    .where('v.status', '=', 'scheduled')
    .where('v.starts_at', '>=', from)
    .where('v.starts_at', '<', to)
    .where('c.archived_at', 'is', null)
    .where('rc.enabled', '=', true)
    .orderBy('v.starts_at')
    .orderBy('v.id')
    .execute();
}

export type ReminderCandidate = Awaited<ReturnType<typeof reminderCandidates>>[number];

/**
 * Claims one reminder on one channel: true for the one caller whose row went in, false for every
 * other, on any instance, now or on any later run.
 */
export async function claimReminder(db: Executor, tenantId: TenantId, claim: Omit<SentRemindersTable, 'tenant_id'>): Promise<boolean> {
  const inserted = await db
    .insertInto('sent_reminders')
    .values({ ...claim, tenant_id: tenantId })
    .onConflict((oc) => oc.columns(['tenant_id', 'visit_id', 'contact_id', 'days_before', 'channel']).doNothing())
    .returning('visit_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Gives a claim back when nothing could be sent on it, so a later run may try again. */
export async function releaseReminder(db: Executor, tenantId: TenantId, claim: Pick<SentRemindersTable, 'visit_id' | 'contact_id' | 'days_before' | 'channel'>): Promise<void> {
  await db
    .deleteFrom('sent_reminders')
    .where('tenant_id', '=', tenantId)
    .where('visit_id', '=', claim.visit_id)
    .where('contact_id', '=', claim.contact_id)
    .where('days_before', '=', claim.days_before)
    .where('channel', '=', claim.channel)
    .execute();
}

/** Claims older than this can never be asked for again: their visits are past. */
export async function pruneSentReminders(db: Executor, tenantId: TenantId, before: string): Promise<number> {
  const result = await db.deleteFrom('sent_reminders').where('tenant_id', '=', tenantId).where('sent_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The customer's portal users, for the language a reminder is written in. */
export function portalUsersOf(db: Executor, tenantId: TenantId, customerIds: string[]) {
  if (customerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('portal_users as pu')
    .innerJoin('portal_user_customers as puc', (join) => join.onRef('puc.portal_user_id', '=', 'pu.id').onRef('puc.tenant_id', '=', 'pu.tenant_id'))
    .select(['puc.customer_id', 'pu.email', 'pu.language', 'pu.browser_language', 'puc.is_billing_contact', 'pu.created_at'])
    .where('pu.tenant_id', '=', tenantId)
    .where('puc.customer_id', 'in', customerIds)
    .where('pu.locked_at', 'is', null)
    .orderBy('pu.created_at')
    .orderBy('pu.id')
    .execute();
}
