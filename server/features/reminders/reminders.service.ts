import type { z } from 'zod';
import type {
  CustomerReminders,
  officeReminderChoicesSchema,
  portalRemindersInputSchema,
  ReminderContact,
  ReminderSettings,
} from '../../../shared/features/reminders/reminders.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound, type Message } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './reminders.repository.ts';

type Contact = { id: string; name: string; email: string | null; mobile: string | null };
type ContactRow = Awaited<ReturnType<typeof repo.contactsOf>>[number];
type Switches = { threeDaysBefore: boolean; oneDayBefore: boolean };

/**
 * What the custom-fields feature does when a customer changes their contacts in the portal (wired
 * in app.ts): opens a request for the office saying what changed, when the company wants one.
 */
export type PortalContactsChanged = (trx: Executor, ctx: AppContext, tenant: Tenant, actor: PortalActor, customerId: string, changes: { label: string; before: string | null; after: string | null }[]) => Promise<boolean>;

/** A contact as the office reads it in a request: name, email and mobile. */
const contactLine = (c: { name: string; email: string | null; mobile: string | null }) => [c.name, c.email, c.mobile].filter(Boolean).join(' · ');

/** Contacts added, removed or changed (name, email or mobile; reminder choices are the customer's own). */
function contactChanges(before: ContactRow[], after: ContactRow[]) {
  const old = new Map(before.map((c) => [c.id, c]));
  const kept = new Set(after.map((c) => c.id));
  const changes = after.flatMap((c) => {
    const was = old.get(c.id);
    const now = contactLine(c);
    if (was && contactLine(was) === now) return [];
    return [{ label: c.name, before: was ? contactLine(was) : null, after: now }];
  });
  return [...changes, ...before.filter((c) => !kept.has(c.id)).map((c) => ({ label: c.name, before: contactLine(c), after: null }))];
}

/** The customer's contacts with their switches; `portal` asks whether a portal user may change them, the office always may. */
async function describeReminders(db: Executor, tenantId: TenantId, customer: { id: string; name: string }, side: 'office' | 'portal'): Promise<CustomerReminders> {
  const [contacts, choices, settings] = await Promise.all([repo.contactsOf(db, tenantId, customer.id), repo.choicesOf(db, tenantId, customer.id), repo.reminderSettings(db, tenantId)]);
  const customersManage = settings.customers_manage_notifications;
  const on = (contactId: string, days: number) => choices.some((c) => c.contact_id === contactId && c.days_before === days && c.enabled);
  const shaped: ReminderContact[] = contacts.map((c) => ({
    id: c.id,
    name: c.name,
    email: c.email,
    mobile: c.mobile,
    mobileCarrier: c.mobile_carrier,
    mobileCarrierDomain: c.mobile_carrier_domain,
    threeDaysBefore: on(c.id, 3),
    oneDayBefore: on(c.id, 1),
  }));
  return { customerId: customer.id, customerName: customer.name, canEdit: side === 'office' || customersManage, customersManage, contacts: shaped };
}

const choiceRows = (contacts: (Switches & { id: string })[]) =>
  contacts.flatMap((c) => [
    { contact_id: c.id, days_before: 3, enabled: c.threeDaysBefore },
    { contact_id: c.id, days_before: 1, enabled: c.oneDayBefore },
  ]).filter((row) => row.enabled);

/** Every contact reminded needs an email or a mobile number; each one that has neither is named under its own field. */
function checkAddresses(contacts: (Contact & Switches)[]): void {
  const fields: Record<string, Message> = {};
  const problems: Message[] = [];
  contacts.forEach((c, i) => {
    if ((c.threeDaysBefore || c.oneDayBefore) && !c.email && !c.mobile) {
      fields[`contacts.${i}.email`] = message('reminders.needsAddress');
      problems.push(message('reminders.noAddress', { name: c.name }));
    }
  });
  if (problems.length > 0) throw new AppError('validation_failed', message('reminders.checkContacts', { problems }), fields);
}

// ── Office ──────────────────────────────────────────────────────────────────────────────

export async function officeReminders(db: Executor, tenantId: TenantId, customerId: string): Promise<CustomerReminders> {
  const customer = await repo.findCustomer(db, tenantId, customerId);
  if (!customer) throw notFound('customer');
  return describeReminders(db, tenantId, customer, 'office');
}

/** The office turns each contact's reminders on or off; every contact it leaves out is off. */
export async function setOfficeChoices(ctx: AppContext, actor: StaffActor, customerId: string, input: z.output<typeof officeReminderChoicesSchema>): Promise<CustomerReminders> {
  return ctx.db.transaction().execute(async (trx) => {
    const customer = await repo.findCustomer(trx, actor.tenantId, customerId);
    if (!customer) throw notFound('customer');
    const contacts = new Map((await repo.contactsOf(trx, actor.tenantId, customerId)).map((c) => [c.id, c]));
    const fields: Record<string, Message> = {};
    const problems: Message[] = [];
    input.contacts.forEach((c, i) => {
      if (contacts.has(c.id)) return;
      fields[`contacts.${i}.id`] = message('reminders.notYoursField');
      problems.push(message('reminders.notYours', { line: i + 1 }));
    });
    if (problems.length > 0) throw new AppError('validation_failed', message('reminders.checkContacts', { problems }), fields);
    checkAddresses(input.contacts.map((c) => ({ ...contacts.get(c.id)!, ...c })));
    await repo.replaceChoices(trx, actor.tenantId, customerId, choiceRows(input.contacts), isoNow(ctx.now()));
    return describeReminders(trx, actor.tenantId, customer, 'office');
  });
}

export async function reminderSettings(db: Executor, tenantId: TenantId): Promise<ReminderSettings> {
  const row = await repo.reminderSettings(db, tenantId);
  return { reminderHour: row.reminder_hour, customersManageNotifications: row.customers_manage_notifications };
}

export async function setReminderHour(ctx: AppContext, actor: StaffActor, hour: number): Promise<ReminderSettings> {
  await repo.setReminderHour(ctx.db, actor.tenantId, hour);
  return reminderSettings(ctx.db, actor.tenantId);
}

// ── Portal ──────────────────────────────────────────────────────────────────────────────

/** A customer this person may act for; any other looks like one that does not exist. */
async function portalCustomer(db: Executor, actor: PortalActor, customerId: string) {
  const customer = await repo.customerOfPortalUser(db, actor.tenantId, actor.userId, customerId);
  if (!customer) throw notFound('customer');
  return customer;
}

/** Everyone with access to the customer reads its reminders; they change them only when the company lets customers manage their notifications. */
export async function portalReminders(ctx: AppContext, actor: PortalActor, customerId: string): Promise<CustomerReminders> {
  const customer = await portalCustomer(ctx.db, actor, customerId);
  return describeReminders(ctx.db, actor.tenantId, customer, 'portal');
}

/**
 * The customer saves their contacts and reminders: each contact with an id of theirs is changed,
 * one without an id is added, one left out is removed (with its reminders).
 */
export async function savePortalReminders(
  ctx: AppContext,
  tenant: Tenant,
  actor: PortalActor,
  customerId: string,
  input: z.output<typeof portalRemindersInputSchema>,
  changed: { portalContactsChanged: PortalContactsChanged },
): Promise<CustomerReminders> {
  if (!tenant.customers_manage_notifications) throw new AppError('forbidden', message('reminders.setByCompany', { company: tenant.display_name }));
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const customer = await portalCustomer(trx, actor, customerId);
    const before = await repo.contactsOf(trx, actor.tenantId, customerId);
    const known = new Set(before.map((c) => c.id));
    const fields: Record<string, Message> = {};
    const problems: Message[] = [];
    const contacts = input.contacts.map((c, i) => {
      if (c.id && !known.has(c.id)) {
        fields[`contacts.${i}.id`] = message('reminders.notYoursField');
        problems.push(message('reminders.notYours', { line: i + 1 }));
      }
      const row: ContactRow = {
        id: c.id ?? newId(),
        name: c.name,
        email: c.email ?? null,
        mobile: c.mobile ?? null,
        mobile_carrier: c.mobileCarrier ?? null,
        // The domain is typed only for a carrier that is not listed; a listed one knows its own.
        mobile_carrier_domain: c.mobileCarrier === 'other' ? (c.mobileCarrierDomain ?? null) : null,
      };
      return { ...row, threeDaysBefore: c.threeDaysBefore, oneDayBefore: c.oneDayBefore };
    });
    if (problems.length > 0) throw new AppError('validation_failed', message('reminders.checkContacts', { problems }), fields);
    checkAddresses(contacts);
    await repo.replaceContacts(trx, actor.tenantId, customerId, contacts.map(({ threeDaysBefore: _three, oneDayBefore: _one, ...row }) => row));
    await repo.replaceChoices(trx, actor.tenantId, customerId, choiceRows(contacts), isoNow(ctx.now()));
    const opened = await changed.portalContactsChanged(trx, ctx, tenant, actor, customerId, contactChanges(before, contacts));
    return { opened, reminders: await describeReminders(trx, actor.tenantId, customer, 'portal') };
  });
  if (saved.opened) ctx.wakeMailWorker();
  return saved.reminders;
}
