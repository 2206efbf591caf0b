import type { Executor } from '../../db/database.ts';
import type { AuditEventsTable } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';

export type AuditAction =
  | 'login.succeeded'
  | 'login.failed'
  | 'logout'
  | 'password.changed'
  | 'password.reset_requested'
  | 'password.reset'
  | 'role.changed'
  | 'tenant.created'
  | 'company.updated'
  | 'invitation.sent'
  | 'invitation.accepted'
  | 'email.changed'
  | 'portal.viewed_as'
  | 'portal_user.locked'
  | 'portal_user.unlocked'
  | 'customer.archived'
  | 'customer.restored'
  | 'staff.added'
  | 'staff.deactivated'
  | 'staff.reactivated'
  | 'timesheet.corrected'
  | 'payments.updated'
  | 'card.added'
  | 'card.made_default'
  | 'card.removed'
  | 'default_tip.changed'
  | 'autopay.enrolled'
  | 'autopay.left'
  | 'refund.requested'
  | 'addon.switched'
  | 'contact.messaged'
  | 'customer.notices_changed'
  | 'chat_message.removed'

  | 'key.code_revealed';

export type AuditEntry = {
  tenantId: string | null;
  actorKind: AuditEventsTable['actor_kind'];
  actorId: string | null;
  action: AuditAction;
  subject?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
};

/** Records a security-relevant event; write it in the same transaction as the change it describes. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: newId(),
      tenant_id: entry.tenantId,
      actor_kind: entry.actorKind,
      actor_id: entry.actorId,
      action: entry.action,
      subject: entry.subject ?? null,
      ip: entry.ip ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
      created_at: isoNow(),
    })
    .execute();
}
