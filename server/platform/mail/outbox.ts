import type { Executor } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';

export type Email = { organizationId: string | null; to: string; subject: string; text: string };

/**
 * Puts an email in the outbox. Call it inside the transaction of the change that causes it:
 * the email exists exactly when the change does, and the worker delivers it afterwards.
 * Without SMTP the email is held, for owners to read under Settings → Outbox.
 */
export async function enqueueEmail(db: Executor, email: Email, smtpConfigured: boolean): Promise<string> {
  const id = newId();
  const now = isoNow();
  await db
    .insertInto('outbox_emails')
    .values({
      id,
      organization_id: email.organizationId,
      to_address: email.to,
      subject: email.subject,
      text_body: email.text,
      status: smtpConfigured ? 'queued' : 'held',
      next_attempt_at: now,
      created_at: now,
    })
    .execute();
  return id;
}
