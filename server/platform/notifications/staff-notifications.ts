import type { NotificationStyle } from '../../../shared/features/locations/locations.contract.ts';
import { defaultLanguage, type Language } from '../../../shared/i18n/languages.ts';
import { hasRoleAtLeast, staffRoles, type StaffRole } from '../../../shared/roles.ts';
import type { Executor } from '../../db/database.ts';
import type { StaffUser } from '../../db/schema.ts';
import { translator } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { addresseeLanguage } from '../mail/addressee-language.ts';
import { enqueueEmail } from '../mail/outbox.ts';
import { emailToTextGateway } from '../sms/sms-gateway.ts';
import type { TenantId } from '../tenants/tenant-id.ts';
import { findTenantById } from '../tenants/tenants.repository.ts';

export type StaffNotice = {
  kind: 'service_request' | 'supply_order' | 'feedback' | 'customer_reply' | 'request_assigned' | 'visit_skipped' | 'visit_problem' | 'chat_message';
  /**
   * The notice in one reader's language, since each staff member reads their own. `title` is one
   * line: what happened and where; texts carry only this, so it never quotes the customer.
   * `body` is more detail for the email.
   */
  words: (language: Language) => { title: string; body: string };
  /** Office path of the item, e.g. /office/requests/<id>. */
  link: string;
};

type MailContext = { publicUrl: string; smtpConfigured: boolean };

/**
 * The least role that may open what each kind of notice points at: requests, supply orders
 * and feedback are read in the office from supervisor up. Technicians never see customer
 * messages (SPEC), so they are never told what a customer wrote either.
 */
const readersOf: Record<StaffNotice['kind'], StaffRole> = {
  service_request: 'supervisor',
  customer_reply: 'supervisor',
  request_assigned: 'supervisor',
  supply_order: 'supervisor',
  feedback: 'supervisor',
  visit_skipped: 'supervisor',
  visit_problem: 'supervisor',
  chat_message: 'supervisor',
};

const rolesAtLeast = (minimum: StaffRole) => staffRoles.filter((role) => hasRoleAtLeast(role, minimum));

type Recipient = Pick<StaffUser, 'email' | 'mobile_phone' | 'mobile_carrier' | 'mobile_carrier_domain' | 'language' | 'browser_language'>;

/** The company's default language: the language of a staff member who has neither chosen one nor signed in. */
async function companyOf(db: Executor, tenantId: TenantId): Promise<{ default_language: Language }> {
  const tenant = await findTenantById(db, tenantId);
  return { default_language: tenant?.default_language ?? defaultLanguage };
}

async function send(db: Executor, ctx: MailContext, tenantId: TenantId, company: { default_language: Language }, member: Recipient, style: NotificationStyle, notice: StaffNotice): Promise<void> {
  if (style === 'none') return;
  const language = addresseeLanguage(member, company);
  const { title, body } = notice.words(language);
  if (style === 'email') {
    const text = [body, '', translator(language)('staffNotices.openIt', { ns: 'emails', link: `${ctx.publicUrl}${notice.link}` })].join('\n');
    await enqueueEmail(db, { tenantId: tenantId, to: member.email, subject: title, text }, ctx.smtpConfigured);
    return;
  }
  // Texts are short: the gateway shows the subject and the first line or so.
  const texts = emailToTextGateway(db, { tenantId, smtpConfigured: ctx.smtpConfigured });
  await texts.sendText({ mobile: member.mobile_phone, carrier: member.mobile_carrier, carrierDomain: member.mobile_carrier_domain }, title);
}

/**
 * Tells the staff who look after a location about something new there (JM): everyone both
 * assigned and trained on it whose role may read it, by the style each chose — an email, or a
 * text sent as email to their carrier's gateway; "none" sends nothing. Written to the outbox
 * in the caller's transaction. Returns the ids of everyone whose choice was applied.
 */
export async function notifyLocationStaff(db: Executor, ctx: MailContext, tenantId: TenantId, locationId: string, notice: StaffNotice): Promise<string[]> {
  const staff = await db
    .selectFrom('staff_location_assignments as a')
    .innerJoin('staff_users as s', (join) => join.onRef('s.id', '=', 'a.staff_user_id').onRef('s.tenant_id', '=', 'a.tenant_id'))
    .select(['s.id', 's.email', 's.mobile_phone', 's.mobile_carrier', 's.mobile_carrier_domain', 's.language', 's.browser_language', 'a.notification_style'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.location_id', '=', locationId)
    .where('a.assigned', '=', true)
    .where('a.trained', '=', true)
    .where('s.role', 'in', rolesAtLeast(readersOf[notice.kind]))
    .execute();
  const company = await companyOf(db, tenantId);
  for (const member of staff) await send(db, ctx, tenantId, company, member, member.notification_style, notice);
  return staff.map((member) => member.id);
}

/**
 * Tells one staff member (an assignee) about an item at a location, by the style they chose for
 * that location; someone with no choice there is emailed, since the item is now theirs. Nobody
 * whose role may not read the item is told anything.
 */
export async function notifyStaffMember(db: Executor, ctx: MailContext, tenantId: TenantId, staffId: string, locationId: string, notice: StaffNotice): Promise<void> {
  const member = await db
    .selectFrom('staff_users as s')
    .leftJoin('staff_location_assignments as a', (join) => join.onRef('a.staff_user_id', '=', 's.id').onRef('a.tenant_id', '=', 's.tenant_id').on('a.location_id', '=', locationId))
    .select(['s.email', 's.mobile_phone', 's.mobile_carrier', 's.mobile_carrier_domain', 's.language', 's.browser_language', 'a.notification_style'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.id', '=', staffId)
    .where('s.role', 'in', rolesAtLeast(readersOf[notice.kind]))
    .executeTakeFirst();
  if (member) await send(db, ctx, tenantId, await companyOf(db, tenantId), member, member.notification_style ?? 'email', notice);
}

/**
 * Puts an item in the office's unread list of the managers (and up) and of `extraStaffIds`
 * (an assignee), each once, leaving out anyone whose role may not read it. Each reads its
 * title in their own language, as their emails are.
 */
export async function addStaffNotifications(
  db: Executor,
  tenantId: TenantId,
  notice: Pick<StaffNotice, 'kind' | 'words' | 'link'>,
  extraStaffIds: (string | null)[] = [],
): Promise<void> {
  const extras = extraStaffIds.filter((id): id is string => Boolean(id));
  const readers = rolesAtLeast(readersOf[notice.kind]);
  const recipients = await db
    .selectFrom('staff_users')
    .select(['id', 'language', 'browser_language'])
    .where('tenant_id', '=', tenantId)
    .where('role', 'in', readers)
    .where((eb) => (extras.length > 0 ? eb.or([eb('role', 'in', rolesAtLeast('manager')), eb('id', 'in', extras)]) : eb('role', 'in', rolesAtLeast('manager'))))
    .execute();
  if (recipients.length === 0) return;
  const now = isoNow();
  const company = await companyOf(db, tenantId);
  await db
    .insertInto('staff_notifications')
    .values(
      recipients.map((staff) => ({
        id: newId(),
        tenant_id: tenantId,
        staff_user_id: staff.id,
        kind: notice.kind,
        title: notice.words(addresseeLanguage(staff, company)).title,
        link: notice.link,
        created_at: now,
        read_at: null,
      })),
    )
    .execute();
}

/** Puts an item in one staff member's unread list (an assignee's), if their role may read it. */
export async function addStaffNotificationFor(db: Executor, tenantId: TenantId, staffId: string, notice: Pick<StaffNotice, 'kind' | 'words' | 'link'>): Promise<void> {
  const staff = await db.selectFrom('staff_users').select(['id', 'language', 'browser_language']).where('tenant_id', '=', tenantId).where('id', '=', staffId).where('role', 'in', rolesAtLeast(readersOf[notice.kind])).executeTakeFirst();
  if (!staff) return;
  await db
    .insertInto('staff_notifications')
    .values({
      id: newId(),
      tenant_id: tenantId,
      staff_user_id: staff.id,
      kind: notice.kind,
      title: notice.words(addresseeLanguage(staff, await companyOf(db, tenantId))).title,
      link: notice.link,
      created_at: isoNow(),
      read_at: null,
    })
    .execute();
}
