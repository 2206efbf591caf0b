import { textGatewayAddress } from '../../../shared/carriers.ts';
import type { CustomerNotices, CustomerNoticeSwitches, NoticeKind, NoticeRecipient } from '../../../shared/features/customers/customer-notices.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { StaffActor } from '../../http/auth.ts';
import { notFound } from '../../http/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './customers.repository.ts';

type Notice = NoticeRecipient['notices'][number];

const reminderKinds: Record<number, NoticeKind> = { 3: 'reminder3Days', 1: 'reminder1Day' };

/**
 * Who among the customer's people gets which automatic notice, as the senders decide it: the
 * reminder job reads the contacts' choices (an email where there is an address, a text where the
 * carrier is known); the visit notices go to portal users of a location with the portal on, unless
 * the office switched them off for this customer (or, for moved and cancelled visits, the company's
 * portal is off); invoices and quotes go to billing contacts.
 */
export async function customerNotices(db: Executor, tenantId: TenantId, customerId: string): Promise<CustomerNotices> {
  const row = await repo.noticeSwitchesOf(db, tenantId, customerId);
  if (!row) throw notFound('customer');
  const switches: CustomerNoticeSwitches = { onMyWay: Boolean(row.notify_on_my_way), visitDone: Boolean(row.notify_visit_done), visitChanges: Boolean(row.notify_visit_changes) };
  const [tenant, contacts, portalUsers] = await Promise.all([requireTenant(db, tenantId), repo.contactsWithReminders(db, tenantId, customerId), repo.portalUsersForNotices(db, tenantId, customerId)]);

  const people: NoticeRecipient[] = [];
  for (const contact of contacts) {
    // One row per chosen reminder day: gather them under their contact, in the contacts' order.
    let person = people.find((p) => p.kind === 'contact' && p.id === contact.id);
    if (!person) {
      person = { kind: 'contact', id: contact.id, name: contact.name, email: contact.email, notices: [] };
      people.push(person);
    }
    const kind = contact.days_before === null ? undefined : reminderKinds[contact.days_before];
    if (!kind) continue;
    const channels: Notice['channels'] = [];
    if (contact.email) channels.push('email');
    if (textGatewayAddress(contact.mobile, contact.mobile_carrier, contact.mobile_carrier_domain)) channels.push('text');
    if (channels.length > 0) person.notices.push({ kind, channels });
  }
  for (const user of portalUsers) {
    const kinds: NoticeKind[] = [];
    if (user.sees_visits) {
      if (switches.onMyWay) kinds.push('onMyWay');
      if (switches.visitDone) kinds.push('visitDone');
      if (switches.visitChanges && tenant.portal_enabled) kinds.push('visitChanges');
    }
    if (user.is_billing_contact) kinds.push('invoices', 'quotes');
    people.push({ kind: 'portalUser', id: user.id, name: user.name, email: user.email, notices: kinds.map((kind) => ({ kind, channels: ['email'] })) });
  }
  for (const person of people) person.notices.sort((a, b) => noticeOrder(a.kind) - noticeOrder(b.kind));
  return { switches, people };
}

const order: NoticeKind[] = ['reminder3Days', 'reminder1Day', 'onMyWay', 'visitDone', 'visitChanges', 'invoices', 'quotes'];
const noticeOrder = (kind: NoticeKind) => order.indexOf(kind);

/** Switches the customer's visit notices; each change goes to the audit log. */
export async function setCustomerNotices(ctx: AppContext, actor: StaffActor, customerId: string, switches: CustomerNoticeSwitches): Promise<CustomerNotices> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.noticeSwitchesOf(trx, actor.tenantId, customerId);
    if (!before) throw notFound('customer');
    await repo.setNoticeSwitches(trx, actor.tenantId, customerId, { notify_on_my_way: switches.onMyWay, notify_visit_done: switches.visitDone, notify_visit_changes: switches.visitChanges });
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'customer.notices_changed', subject: customerId, details: { ...switches } });
  });
  return customerNotices(ctx.db, actor.tenantId, customerId);
}
