import type { Selectable } from 'kysely';
import type { DatabaseKind, Db } from '../../db/database.ts';
import type { OutboxEmailsTable } from '../../db/schema.ts';
import { unscoped } from '../../db/tenant-scope.ts';
import { isoAfter, isoNow, minutes } from '../../lib/time.ts';

const mailWorker = 'the mail worker sends every tenant’s mail';

export type ClaimedEmail = Selectable<OutboxEmailsTable> & { lease_id: string; locked_until: string };

/** 1, 2, 4 … minutes between attempts, capped at an hour: an outage of any length is retried. */
export function retryDelay(attempts: number): number {
  return Math.min(minutes(2 ** Math.max(0, attempts - 1)), minutes(60));
}

/**
 * Claims the next due email for one worker, one row at a time, so a slow send holds up only its
 * own email. The UPDATE re-checks status and lease, so two workers can never hold one email:
 * on PostgreSQL the candidate row is locked (SKIP LOCKED lets others take the next one); on
 * SQLite the single statement runs under the one write lock.
 */
export async function claimNextEmail(db: Db, dbKind: DatabaseKind, leaseId: string, leaseMs: number, now: Date): Promise<ClaimedEmail | null> {
  const at = isoNow(now);
  let next = unscoped(db, mailWorker)
    .selectFrom('outbox_emails')
    .select('id')
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', at)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
    .orderBy('next_attempt_at')
    .limit(1);
  if (dbKind === 'postgres') next = next.forUpdate().skipLocked();
  const row = await unscoped(db, mailWorker)
    .updateTable('outbox_emails')
    .set({ locked_until: isoAfter(leaseMs, now), lease_id: leaseId })
    .where('id', '=', next)
    .where('status', '=', 'queued')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
    .returningAll()
    .executeTakeFirst();
  return (row as ClaimedEmail | undefined) ?? null;
}

/** Marks the email sent; false when the lease was lost to another worker, which then owns it. */
export async function markEmailSent(db: Db, email: ClaimedEmail, now: Date): Promise<boolean> {
  const result = await unscoped(db, mailWorker)
    .updateTable('outbox_emails')
    // A sent link has done its job: no copy of it stays readable in the database.
    .set({ status: 'sent', sent_at: isoNow(now), attempts: email.attempts + 1, last_error: null, locked_until: null, lease_id: null, secret_link: null })
    .where('id', '=', email.id)
    .where('lease_id', '=', email.lease_id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Keeps the email queued for a later attempt, with the error for the office to read. */
export async function recordDeliveryFailure(db: Db, email: ClaimedEmail, error: string, now: Date): Promise<boolean> {
  const attempts = email.attempts + 1;
  const result = await unscoped(db, mailWorker)
    .updateTable('outbox_emails')
    .set({
      attempts,
      next_attempt_at: isoAfter(retryDelay(attempts), now),
      last_error: error.slice(0, 500),
      locked_until: null,
      lease_id: null,
    })
    .where('id', '=', email.id)
    .where('lease_id', '=', email.lease_id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Gives a claim back untouched, e.g. when too little of the lease is left to send safely. */
export async function releaseEmail(db: Db, email: ClaimedEmail): Promise<void> {
  await unscoped(db, mailWorker)
    .updateTable('outbox_emails')
    .set({ locked_until: null, lease_id: null })
    .where('id', '=', email.id)
    .where('lease_id', '=', email.lease_id)
    .execute();
}
