import type { ExpressionBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';

/** Stands where a secret link goes in the body the outbox viewer reads. */
// i18n-exempt: replaced by the link before sending; the outbox viewer shows it to owners
export const hiddenLinkText = '[link hidden: only the addressee can use it]';

/**
 * `secretLink` is a reset, invitation or email-change link: readable by its addressee only.
 * `text` then carries `hiddenLinkText` where the link belongs.
 */
export type Email = {
  tenantId: string | null;
  to: string;
  subject: string;
  text: string;
  secretLink?: string;
  /** Where the addressee's answer goes (a staff member who wrote to them), when not to the company's sender. */
  replyTo?: string | null;
};

/**
 * Puts an email in the outbox. Call it inside the transaction of the change that causes it:
 * the email exists exactly when the change does, and the worker delivers it afterwards.
 * Without SMTP the email is held, for owners to read under Settings → Outbox — which is why a
 * secret link is stored apart from the body they read.
 */
export async function enqueueEmail(db: Executor, email: Email, smtpConfigured: boolean, now = new Date()): Promise<string> {
  if (email.secretLink && !email.text.includes(hiddenLinkText)) throw new Error('An email with a secret link must say where it goes (hiddenLinkText).');
  const id = newId();
  const at = isoNow(now);
  await db
    .insertInto('outbox_emails')
    .values({
      id,
      tenant_id: email.tenantId,
      to_address: email.to,
      subject: email.subject,
      text_body: email.text,
      secret_link: email.secretLink ?? null,
      reply_to: email.replyTo ?? null,
      status: smtpConfigured ? 'queued' : 'held',
      next_attempt_at: at,
      created_at: at,
    })
    .execute();
  return id;
}

/** The body as the addressee receives it: the mail worker calls this when it sends. */
export function bodyToSend(email: { text_body: string; secret_link: string | null }): string {
  return email.secret_link ? email.text_body.replace(hiddenLinkText, email.secret_link) : email.text_body;
}

// Emails written before secret links were kept apart still carry them in their body.
const linkWithToken = /https?:\/\/\S*[?&]token=\S*/g;

/** The body as anyone but the addressee may read it: no link that signs in or resets anything. */
export function viewableBody(textBody: string): string {
  return textBody.replace(linkWithToken, hiddenLinkText);
}

/** Delivery has failed and the email is not sent: still being retried, or given up on by an older Porter. */
export function isFailing(eb: ExpressionBuilder<Database, 'outbox_emails'>) {
  return eb.or([eb.and([eb('status', '=', 'queued'), eb('last_error', 'is not', null)]), eb('status', '=', 'failed')]);
}
