import nodemailer, { type Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, DatabaseKind } from '../db/database.ts';
import { isoAfter, isoNow, minutes } from '../lib/time.ts';
import { bodyToSend } from '../platform/mail/outbox.ts';

export const maxDeliveryAttempts = 8;
const batchSize = 10;
const claimLease = minutes(2);
const pollIntervalMs = 2_000;

/** 1, 2, 4 … minutes between attempts, capped at an hour. */
export function retryDelay(attempts: number): number {
  return Math.min(minutes(2 ** Math.max(0, attempts - 1)), minutes(60));
}

export type MailWorker = { wake: () => void; drain: () => Promise<number>; stop: () => Promise<void> };

/**
 * Delivers queued outbox emails over SMTP. Rows are claimed with a lease, so several
 * instances can run a worker each; a crash mid-send leaves the lease to expire and the
 * email is tried again (at-least-once; the Message-ID lets receivers drop a duplicate).
 */
export function startMailWorker(options: {
  db: Db;
  dbKind: DatabaseKind;
  smtpUrl: string;
  from: string;
  log: FastifyBaseLogger;
  publicHost: string;
}): MailWorker {
  const transport: Transporter = nodemailer.createTransport(options.smtpUrl);
  let running: Promise<number> | null = null;
  let stopped = false;

  async function deliverDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const batch = await claimDue(options.db, options.dbKind);
      if (batch.length === 0) return delivered;
      for (const email of batch) {
        delivered += (await deliver(email)) ? 1 : 0;
      }
    }
  }

  async function deliver(email: { id: string; to_address: string; subject: string; text_body: string; secret_link: string | null; attempts: number }): Promise<boolean> {
    try {
      await transport.sendMail({
        from: options.from,
        to: email.to_address,
        subject: email.subject,
        text: bodyToSend(email),
        messageId: `<${email.id}@${options.publicHost}>`,
      });
      await options.db
        .updateTable('outbox_emails')
        .set({ status: 'sent', sent_at: isoNow(), locked_until: null, attempts: email.attempts + 1, last_error: null })
        .where('id', '=', email.id)
        .execute();
      return true;
    } catch (err) {
      const attempts = email.attempts + 1;
      const gaveUp = attempts >= maxDeliveryAttempts;
      options.log.warn({ err, emailId: email.id, attempts }, gaveUp ? 'email delivery failed for good' : 'email delivery failed; will retry');
      await options.db
        .updateTable('outbox_emails')
        .set({
          status: gaveUp ? 'failed' : 'queued',
          attempts,
          locked_until: null,
          next_attempt_at: isoAfter(retryDelay(attempts)),
          last_error: String((err as Error).message ?? err).slice(0, 500),
        })
        .where('id', '=', email.id)
        .execute();
      return false;
    }
  }

  function drain(): Promise<number> {
    running ??= deliverDue()
      .catch((err: unknown) => {
        options.log.error({ err }, 'mail worker pass failed');
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const timer = setInterval(() => {
    if (!stopped) void drain();
  }, pollIntervalMs);
  timer.unref();

  return {
    wake: () => {
      if (!stopped) void drain();
    },
    drain,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}

async function claimDue(db: Db, dbKind: DatabaseKind) {
  const now = isoNow();
  let due = db
    .selectFrom('outbox_emails')
    .select('id')
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .orderBy('next_attempt_at')
    .limit(batchSize);
  // SQLite has one writer at a time, so its UPDATE is already exclusive.
  if (dbKind === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('outbox_emails')
    .set({ locked_until: isoAfter(claimLease) })
    .where('id', 'in', due)
    .returning(['id', 'to_address', 'subject', 'text_body', 'secret_link', 'attempts'])
    .execute();
}
