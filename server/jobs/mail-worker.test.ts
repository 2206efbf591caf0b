import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { minutes, seconds } from '../lib/time.ts';
import { enqueueEmail } from '../platform/mail/outbox.ts';
import { retryDelay } from '../platform/mail/outbox-delivery.ts';
import { anotherConnection, freshDatabase, inspect, startTestPorter, testDialects, type TestPorter } from '../test/harness.ts';
import { createStaff, createTenant } from '../test/factories.ts';
import { claimLease, startMailWorker, type MailWorker } from './mail-worker.ts';

type Received = { to: string; subject: string; text: string; messageId: string; replyTo: string | null };

/**
 * A real SMTP server on loopback that keeps what it receives, or refuses everything. `slowMs`
 * holds each message back before accepting it; `onMessage` runs as it is accepted.
 */
async function startSmtp(options: { refuse?: boolean; slowMs?: number; onMessage?: () => void } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (options.refuse) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 450 })));
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const mail = await PostalMime.parse(Buffer.concat(chunks));
        if (options.slowMs) await new Promise((resolve) => setTimeout(resolve, options.slowMs));
        received.push({ to: mail.to?.[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '', messageId: mail.messageId ?? '', replyTo: mail.replyTo?.[0]?.address ?? null });
        options.onMessage?.();
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const json = { 'content-type': 'application/json' };

describe.each(testDialects())('email delivery over SMTP on %s', (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let porter: TestPorter;

  beforeAll(async () => {
    smtp = await startSmtp();
    porter = await startTestPorter(kind, { SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await porter.close();
    await smtp.close();
  });

  it('queues the email in the request and delivers it afterwards through the SMTP server', async () => {
    const tenant = await createTenant(porter.ctx.db);
    const response = await porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: json, payload: { email: tenant.ownerEmail } });
    expect(response.statusCode).toBe(202);
    await porter.mailWorker!.drain();

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toBe(tenant.ownerEmail);
    expect(mail.subject).toMatch(/new password/);
    expect(mail.text).toMatch(/http:\/\/porter\.test\/reset-password\?token=[\w-]{40,}/);
    const row = await inspect(porter.ctx.db).selectFrom('outbox_emails').selectAll().where('to_address', '=', tenant.ownerEmail).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(mail.messageId).toContain(row.id);
    // The company's own mail is answered to its sender: no Reply-To.
    expect(mail.replyTo).toBeNull();
  });

  it('sends an email written by a staff member with Reply-To their address, so the answer reaches them', async () => {
    const tenant = await createTenant(porter.ctx.db);
    await enqueueEmail(porter.ctx.db, { tenantId: tenant.tenantId, to: 'carla@customer.test', subject: 'Keys', text: 'Hello', replyTo: 'maria@office.test' }, true);
    await porter.mailWorker!.drain();
    const mail = smtp.received.find((received) => received.to === 'carla@customer.test');
    expect(mail).toMatchObject({ subject: 'Keys', replyTo: 'maria@office.test' });
  });
});

describe.each(testDialects())('email delivery retries on %s', (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let porter: TestPorter;

  beforeAll(async () => {
    smtp = await startSmtp({ refuse: true });
    porter = await startTestPorter(kind, { SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await porter.close();
    await smtp.close();
  });

  it('keeps a refused email queued with the error and a later attempt, losing nothing', async () => {
    const tenant = await createTenant(porter.ctx.db);
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    await porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: json, payload: { email: staff.email } });
    const before = Date.now();
    await porter.mailWorker!.drain();
    const row = await inspect(porter.ctx.db).selectFrom('outbox_emails').selectAll().where('to_address', '=', staff.email).executeTakeFirstOrThrow();
    expect(row.status).toBe('queued');
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/mailbox unavailable/);
    expect(Date.parse(row.next_attempt_at)).toBeGreaterThanOrEqual(before + 60_000 - 1000);
    expect(row.locked_until).toBeNull();
  });
});

describe('retry backoff', () => {
  it('doubles from one minute and stops growing at an hour', () => {
    expect([1, 2, 3, 4, 8, 20].map((n) => retryDelay(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60]);
  });
});

const quietLog = { warn: () => undefined, error: () => undefined };

/** A clock the test moves by hand; starts at the real now so freshly queued mail is due. */
function handClock() {
  let at = Date.now();
  return { now: () => new Date(at), set: (iso: string | number) => (at = typeof iso === 'number' ? iso : Date.parse(iso)), advance: (ms: number) => (at += ms) };
}

async function queueEmails(database: DatabaseHandle, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await enqueueEmail(database.db, { tenantId: null, to: `person${i}@example.test`, subject: `Note ${i}`, text: 'Hello' }, true));
  return ids;
}

describe.each(testDialects())('two mail workers on one database on %s', (kind) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let second: DatabaseHandle;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const workers: MailWorker[] = [];
  const clock = handClock();

  beforeAll(async () => {
    database = await freshDatabase(kind);
    second = anotherConnection(database);
    // Each message takes 90 seconds on the workers' clock: a batch of them outlasts a short lease.
    smtp = await startSmtp({ slowMs: 40, onMessage: () => clock.advance(seconds(90)) });
  });
  // Each worker's timer goes on starting passes: stopped, none can claim what the next test queues.
  afterEach(async () => {
    for (const started of workers.splice(0)) await started.stop();
  });
  afterAll(async () => {
    await smtp.close();
    await second.close();
    await database.close();
  });

  function worker(handle: DatabaseHandle, now: () => Date) {
    const started = startMailWorker({ db: handle.db, dbKind: kind, smtpUrl: smtp.url, from: 'Porter <no-reply@porter.test>', log: quietLog, publicHost: 'porter.test', now });
    workers.push(started);
    return started;
  }

  it('deliver each of 12 emails exactly once through a slow SMTP server, sharing the work', async () => {
    const ids = await queueEmails(database, 12);
    clock.set(Date.now());
    const delivered = await Promise.all([worker(database, clock.now).drain(), worker(second, clock.now).drain()]);

    expect(smtp.received).toHaveLength(12);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(12);
    expect(delivered[0]! + delivered[1]!).toBe(12);
    expect(delivered.every((n) => n > 0)).toBe(true);
    const rows = await inspect(database.db).selectFrom('outbox_emails').select(['id', 'status', 'attempts', 'lease_id']).where('id', 'in', ids).execute();
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.lease_id === null)).toBe(true);

    // Sent mail is never claimed again, however late the clock.
    clock.advance(claimLease * 10);
    expect(await worker(second, clock.now).drain()).toBe(0);
    expect(smtp.received).toHaveLength(12);
  });

  it('a worker that stalls until its lease runs out does not send', async () => {
    const [id] = await queueEmails(database, 1);
    // Every reading of this clock is eleven minutes after the last: the lease lapses between claiming and sending.
    let at = Date.now();
    const stalling = () => new Date((at += minutes(11)));
    const before = smtp.received.length;
    const stalled = worker(database, stalling);
    expect(await stalled.drain()).toBe(0);
    // Its timer starts passes too, and one may be claiming at this moment, as here: only once it
    // has stopped, and so finished any pass it began, is the row's state the worker's last word.
    stalled.wake();
    await stalled.stop();

    expect(smtp.received).toHaveLength(before);
    const row = await inspect(database.db).selectFrom('outbox_emails').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'queued', attempts: 0, locked_until: null, lease_id: null });
  });
});

describe.each(testDialects())('a refused email on %s', (kind) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let mailWorker: MailWorker;
  const clock = handClock();

  beforeAll(async () => {
    database = await freshDatabase(kind);
    smtp = await startSmtp({ refuse: true });
    mailWorker = startMailWorker({ db: database.db, dbKind: kind, smtpUrl: smtp.url, from: 'Porter <no-reply@porter.test>', log: quietLog, publicHost: 'porter.test', now: clock.now });
  });
  afterAll(async () => {
    await mailWorker.stop();
    await smtp.close();
    await database.close();
  });

  it('keeps retrying past eight attempts, waiting 1, 2, 4 … minutes up to an hour, with the last error kept', async () => {
    const [id] = await queueEmails(database, 1);
    clock.set(Date.now());
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect(await mailWorker.drain()).toBe(0);
      const row = await inspect(database.db).selectFrom('outbox_emails').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'queued', attempts: attempt, locked_until: null });
      expect(row.last_error).toMatch(/mailbox unavailable/);
      waits.push((Date.parse(row.next_attempt_at) - clock.now().getTime()) / minutes(1));

      // Not a moment early: one millisecond before it is due, nothing is tried.
      clock.set(Date.parse(row.next_attempt_at) - 1);
      await mailWorker.drain();
      expect((await inspect(database.db).selectFrom('outbox_emails').select('attempts').where('id', '=', id!).executeTakeFirstOrThrow()).attempts).toBe(attempt);
      clock.set(row.next_attempt_at);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
  });
});
