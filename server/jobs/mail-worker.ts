import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, DatabaseKind } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { minutes, seconds } from '../lib/time.ts';
import { bodyToSend } from '../platform/mail/outbox.ts';
import { claimNextEmail, markEmailSent, recordDeliveryFailure, releaseEmail, type ClaimedEmail } from '../platform/mail/outbox-delivery.ts';

// Nodemailer's defaults (two minutes to connect, ten of silence) would outlast any sane lease.
const smtpTimeouts = { connectionTimeout: seconds(30), greetingTimeout: seconds(30), socketTimeout: seconds(60) };
/** The longest one send can take before nodemailer gives up: connect, greeting, then a stalled socket. */
export const sendBudget = smtpTimeouts.connectionTimeout + smtpTimeouts.greetingTimeout + smtpTimeouts.socketTimeout;
/** Far longer than a send, so no other worker takes an email while it is still being sent. */
export const claimLease = minutes(10);
const pollIntervalMs = 2_000;

export type MailWorker = { wake: () => void; drain: () => Promise<number>; stop: () => Promise<void> };

export type MailWorkerOptions = {
  db: Db;
  dbKind: DatabaseKind;
  smtpUrl: string;
  from: string;
  log: Pick<FastifyBaseLogger, 'warn' | 'error'>;
  publicHost: string;
  /** The clock leases and retries are measured on; tests move it. */
  now?: () => Date;
};

/**
 * The message for one outbox email. Kept on its own so whatever must be added at send time
 * (and never stored in the viewable outbox) is added in one place.
 */
export function buildMessage(email: ClaimedEmail, sender: { from: string; publicHost: string }): SendMailOptions {
  return {
    from: sender.from,
    to: email.to_address,
    ...(email.reply_to ? { replyTo: email.reply_to } : {}),
    subject: email.subject,
    // The secret link goes back in here, and nowhere else: the stored body never holds it.
    text: bodyToSend(email),
    // Stable per email, so a receiver can drop the duplicate an at-least-once retry may cause.
    messageId: `<${email.id}@${sender.publicHost}>`,
  };
}

/**
 * Delivers queued outbox emails over SMTP. Each email is claimed on its own with a lease far
 * longer than a send, and only the lease holder can mark it sent, so several instances can
 * run a worker each. A crash mid-send leaves the lease to expire and the email is tried again
 * (at-least-once); a refused email is retried with backoff for as long as it takes.
 */
export function startMailWorker(options: MailWorkerOptions): MailWorker {
  const now = options.now ?? (() => new Date());
  const transport: Transporter = nodemailer.createTransport({ url: options.smtpUrl, ...smtpTimeouts });
  let running: Promise<number> | null = null;
  let stopped = false;

  async function deliverDue(): Promise<number> {
    let delivered = 0;
    while (!stopped) {
      const email = await claimNextEmail(options.db, options.dbKind, newId(), claimLease, now());
      if (!email) break;
      // A worker that stalled after claiming may have lost its lease: it must not send, and
      // stops this pass rather than claim again from a clock it cannot trust.
      if (Date.parse(email.locked_until) - now().getTime() < sendBudget) {
        await releaseEmail(options.db, email);
        options.log.warn({ emailId: email.id }, 'email lease ran short before sending; left for the next pass');
        break;
      }
      delivered += (await deliver(email)) ? 1 : 0;
    }
    return delivered;
  }

  async function deliver(email: ClaimedEmail): Promise<boolean> {
    try {
      await transport.sendMail(buildMessage(email, options));
    } catch (err) {
      const message = String((err as Error).message ?? err);
      options.log.warn({ err, emailId: email.id, attempts: email.attempts + 1 }, 'email delivery failed; will retry');
      await recordDeliveryFailure(options.db, email, message, now());
      return false;
    }
    const marked = await markEmailSent(options.db, email, now());
    if (!marked) options.log.error({ emailId: email.id }, 'email sent after its lease passed to another worker');
    return marked;
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
