import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../shared/roles.ts';
import { hours } from '../../lib/time.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { callApi, freePort, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createStaff, createTenant } from '../../test/factories.ts';

const roles: StaffRole[] = ['owner', 'admin', 'manager', 'supervisor', 'technician'];

describe.each(testDialects())('failing outbox emails on %s', (kind) => {
  let porter: TestPorter;
  let tenantA: Awaited<ReturnType<typeof createTenant>>;
  const cookies = new Map<StaffRole, string>();
  let ownerB: string;

  /** An email of company A whose delivery has failed three times and waits for its next try. */
  async function failingEmail(): Promise<string> {
    const id = await enqueueEmail(porter.ctx.db, { tenantId: tenantA.tenantId, to: 'client@example.test', subject: 'Your visit', text: 'See you' }, true);
    const later = new Date(Date.now() + hours(1)).toISOString();
    await inspect(porter.ctx.db).updateTable('outbox_emails').set({ attempts: 3, last_error: '450 mailbox unavailable', next_attempt_at: later }).where('id', '=', id).execute();
    return id;
  }

  beforeAll(async () => {
    // SMTP is configured but nobody answers and no worker runs: emails stay as the test leaves them.
    porter = await startTestPorter(kind, { SMTP_URL: `smtp://127.0.0.1:${await freePort()}` }, { mailWorker: false });
    tenantA = await createTenant(porter.ctx.db);
    const tenantB = await createTenant(porter.ctx.db);
    for (const role of roles) {
      const email = role === 'owner' ? tenantA.ownerEmail : (await createStaff(porter.ctx.db, tenantA.tenantId, role)).email;
      cookies.set(role, await signInStaff(porter, email));
    }
    ownerB = await signInStaff(porter, tenantB.ownerEmail);
  });
  afterAll(() => porter.close());

  it('lists failing emails under their own filter, with the last error, the count and the next try', async () => {
    const failing = await failingEmail();
    await enqueueEmail(porter.ctx.db, { tenantId: tenantA.tenantId, to: 'fine@example.test', subject: 'Fine', text: 'ok' }, true);
    const all = (await callApi(porter, cookies.get('owner')!, 'GET', '/api/office/outbox')).json();
    expect(all.failingCount).toBeGreaterThanOrEqual(1);
    expect(all.items.find((e: { to: string }) => e.to === 'fine@example.test')).toMatchObject({ failing: false, lastError: null });

    const response = await callApi(porter, cookies.get('owner')!, 'GET', '/api/office/outbox?filter=failing');
    expect(response.statusCode).toBe(200);
    const list = response.json();
    expect(list.items.every((e: { failing: boolean }) => e.failing)).toBe(true);
    expect(list.total).toBe(list.failingCount);
    expect(list.items.find((e: { id: string }) => e.id === failing)).toMatchObject({ status: 'queued', attempts: 3, lastError: '450 mailbox unavailable', failing: true });
  });

  it('names the filter when it is not one it knows', async () => {
    const response = await callApi(porter, cookies.get('owner')!, 'GET', '/api/office/outbox?filter=broken');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('filter');
  });

  for (const role of roles) {
    const allowed = role === 'owner' || role === 'admin';
    it(`retry: ${role} gets ${allowed ? '200' : '403'}`, async () => {
      const id = await failingEmail();
      const response = await callApi(porter, cookies.get(role)!, 'POST', `/api/office/outbox/${id}/retry`);
      expect(response.statusCode).toBe(allowed ? 200 : 403);
      const row = await inspect(porter.ctx.db).selectFrom('outbox_emails').select(['next_attempt_at', 'attempts', 'last_error']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(Date.parse(row.next_attempt_at) <= Date.now()).toBe(allowed);
      expect(row).toMatchObject({ attempts: 3, last_error: '450 mailbox unavailable' });
    });
  }

  it('retry makes the email due now and keeps its history', async () => {
    const id = await failingEmail();
    const response = await callApi(porter, cookies.get('admin')!, 'POST', `/api/office/outbox/${id}/retry`);
    expect(response.json()).toMatchObject({ id, status: 'queued', attempts: 3, failing: true });
    expect(Date.parse(response.json().nextAttemptAt)).toBeLessThanOrEqual(Date.now());
  });

  it('retry answers 401 without a session and 404 for another company’s email or an unknown one', async () => {
    const id = await failingEmail();
    expect((await porter.app.inject({ method: 'POST', url: `/api/office/outbox/${id}/retry` })).statusCode).toBe(401);
    expect((await callApi(porter, ownerB, 'POST', `/api/office/outbox/${id}/retry`)).statusCode).toBe(404);
    expect((await callApi(porter, cookies.get('owner')!, 'POST', '/api/office/outbox/no-such-email/retry')).statusCode).toBe(404);
    const row = await inspect(porter.ctx.db).selectFrom('outbox_emails').select('next_attempt_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect(Date.parse(row.next_attempt_at)).toBeGreaterThan(Date.now());
  });

  it('refuses to retry an email that has been sent', async () => {
    const id = await failingEmail();
    await inspect(porter.ctx.db).updateTable('outbox_emails').set({ status: 'sent', sent_at: new Date().toISOString(), last_error: null }).where('id', '=', id).execute();
    const response = await callApi(porter, cookies.get('owner')!, 'POST', `/api/office/outbox/${id}/retry`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toMatch(/already been sent/);
  });
});

describe.each(testDialects())('retrying without SMTP on %s', (kind) => {
  let porter: TestPorter;
  beforeAll(async () => {
    porter = await startTestPorter(kind);
  });
  afterAll(() => porter.close());

  it('explains that held emails cannot be sent until SMTP is configured', async () => {
    const tenant = await createTenant(porter.ctx.db);
    const id = await enqueueEmail(porter.ctx.db, { tenantId: tenant.tenantId, to: 'a@example.test', subject: 'Held', text: 'x' }, false);
    const response = await callApi(porter, await signInStaff(porter, tenant.ownerEmail), 'POST', `/api/office/outbox/${id}/retry`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toMatch(/SMTP_URL/);
  });
});
