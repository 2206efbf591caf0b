import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPorter, testDialects, type TestPorter } from '../test/harness.ts';
import { createStaff, createTenant } from '../test/factories.ts';
import { retryDelay } from './mail-worker.ts';

type Received = { to: string; subject: string; text: string; messageId: string };

/** A real SMTP server on loopback that keeps what it receives, or refuses everything. */
async function startSmtp(options: { refuse?: boolean } = {}) {
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
        received.push({ to: mail.to?.[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '', messageId: mail.messageId ?? '' });
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
    const row = await porter.ctx.db.selectFrom('outbox_emails').selectAll().where('to_address', '=', tenant.ownerEmail).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(mail.messageId).toContain(row.id);
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
    const row = await porter.ctx.db.selectFrom('outbox_emails').selectAll().where('to_address', '=', staff.email).executeTakeFirstOrThrow();
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
