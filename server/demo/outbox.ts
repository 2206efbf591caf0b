import type { Executor } from '../db/database.ts';
import { isoAfter, isoNow, seconds } from '../lib/time.ts';
import { enqueueEmail, type Email } from '../platform/mail/outbox.ts';
import { retryDelay } from '../platform/mail/outbox-delivery.ts';

/** How delivery of a demo email went: sent on the first try, or refused on every try so far. */
export type DemoDelivery = { sent: true } | { failedAttempts: number; lastError: string };

/**
 * Puts an email in the outbox as the app writes it (secret link kept apart from the body), then
 * records its delivery as the mail worker would have: the demo has no SMTP server to send it.
 */
export async function seedEmail(trx: Executor, email: Email, createdAt: Date, delivery: DemoDelivery): Promise<void> {
  if (!email.tenantId) throw new Error('A demo email belongs to a demo company.');
  const tenantId = email.tenantId;
  const id = await enqueueEmail(trx, email, true, createdAt);
  if ('sent' in delivery) {
    await trx.updateTable('outbox_emails').set({ status: 'sent', attempts: 1, sent_at: isoAfter(seconds(2), createdAt) }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
    return;
  }
  // The worker waits 1, 2, 4 … minutes between attempts; the next one is still to come.
  let lastAttempt = createdAt.getTime();
  for (let attempt = 1; attempt < delivery.failedAttempts; attempt++) lastAttempt += retryDelay(attempt);
  await trx
    .updateTable('outbox_emails')
    .set({ attempts: delivery.failedAttempts, last_error: delivery.lastError, next_attempt_at: isoNow(new Date(lastAttempt + retryDelay(delivery.failedAttempts))) })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}
