import { textGatewayAddress } from '../../../shared/carriers.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { enqueueEmail } from '../mail/outbox.ts';
import type { TenantId } from '../tenants/tenant-id.ts';

export type StaffNotice = {
  kind: 'service_request' | 'supply_order' | 'feedback' | 'customer_reply';
  /** One line: what happened and where. */
  title: string;
  /** More detail for the email; texts carry only the title. */
  body: string;
  /** Office path of the item, e.g. /office/requests/<id>. */
  link: string;
};

/**
 * Tells the staff who look after a location about something new there (JM): everyone both
 * assigned and trained on it, by the style each chose — an email, or a text sent as email to
 * their carrier's gateway; "none" sends nothing. Written to the outbox in the caller's
 * transaction.
 */
export async function notifyLocationStaff(
  db: Executor,
  ctx: { publicUrl: string; smtpConfigured: boolean },
  tenantId: TenantId,
  locationId: string,
  notice: StaffNotice,
): Promise<void> {
  const staff = await db
    .selectFrom('staff_location_assignments as a')
    .innerJoin('staff_users as s', 's.id', 'a.staff_user_id')
    .select(['s.email', 's.name', 's.mobile_phone', 's.mobile_carrier', 's.mobile_carrier_domain', 'a.notification_style'])
    .where('a.organization_id', '=', tenantId)
    .where('a.location_id', '=', locationId)
    .where('a.assigned', '=', true)
    .where('a.trained', '=', true)
    .where('a.notification_style', '!=', 'none')
    .where('s.role', '!=', 'no_access')
    .execute();
  for (const member of staff) {
    if (member.notification_style === 'email') {
      await enqueueEmail(
        db,
        { organizationId: tenantId, to: member.email, subject: notice.title, text: `${notice.body}\n\nOpen it: ${ctx.publicUrl}${notice.link}` },
        ctx.smtpConfigured,
      );
      continue;
    }
    const address = textGatewayAddress(member.mobile_phone, member.mobile_carrier, member.mobile_carrier_domain);
    // Texts are short: the gateway shows the subject and the first line or so.
    if (address) await enqueueEmail(db, { organizationId: tenantId, to: address, subject: 'Porter', text: notice.title.slice(0, 140) }, ctx.smtpConfigured);
  }
}

/**
 * Puts an item in the office's unread list of the managers (and up) and of `extraStaffIds`
 * (an assignee), each once.
 */
export async function addStaffNotifications(
  db: Executor,
  tenantId: TenantId,
  notice: Pick<StaffNotice, 'kind' | 'title' | 'link'>,
  extraStaffIds: (string | null)[] = [],
): Promise<void> {
  const managers = await db
    .selectFrom('staff_users')
    .select('id')
    .where('organization_id', '=', tenantId)
    .where('role', 'in', ['owner', 'admin', 'manager'])
    .execute();
  const ids = new Set([...managers.map((m) => m.id), ...extraStaffIds.filter((id): id is string => Boolean(id))]);
  if (ids.size === 0) return;
  const now = isoNow();
  await db
    .insertInto('staff_notifications')
    .values([...ids].map((staffId) => ({ id: newId(), organization_id: tenantId, staff_user_id: staffId, kind: notice.kind, title: notice.title, link: notice.link, created_at: now, read_at: null })))
    .execute();
}
