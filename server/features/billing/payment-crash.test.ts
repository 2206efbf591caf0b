import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { createCustomer, createPortalUser, createTenant, testPassword } from '../../test/factories.ts';
import { startFakeStripe, type FakeStripe } from '../../test/fake-stripe.ts';
import { freePort, freshDatabase, inspect } from '../../test/harness.ts';

/**
 * "A test kills the server between the charge and the commit and restarts it: the ledger matches the
 * gateway." Done for real: Porter runs as a child process on a temp data dir, Stripe is the fake on
 * loopback, and the child is SIGKILLed while its charge is at the gateway. On SQLite only: the data
 * dir is the whole database, so the restarted child and this test see the same one file with no
 * server to share; the PostgreSQL path of the same code (attempt stored before the call, settled by
 * key at start) is covered by payments.test.ts on both databases.
 */
describe('a server killed between the charge and the commit (sqlite)', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let fake: FakeStripe;
  let child: ChildProcess | undefined;
  let env: NodeJS.ProcessEnv;
  let base: string;
  const stderr: string[] = [];
  const world = { slug: '', email: '', locationId: '', invoiceId: '', total: 12_345 };

  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    fake = await startFakeStripe();
    const db = inspect(database.db);
    const tenant = await createTenant(db);
    await db.updateTable('tenants').set({ payment_gateway: 'stripe', stripe_secret_key: 'sk_test_crash', stripe_publishable_key: 'pk_test_crash', stripe_webhook_secret: 'whsec_crash' }).where('id', '=', tenant.tenantId).execute();
    // The customer and its card as Stripe knows them: made at the fake, the card saved through a set-up.
    const stripe = async (url: string, form: Record<string, string>) =>
      (await (await fetch(`${fake.url}${url}`, { method: 'POST', headers: { authorization: 'Bearer sk_test_crash', 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) })).json()) as { id: string };
    const stripeCustomer = await stripe('/v1/customers', { name: 'Crash Test Customer' });
    const setup = await stripe('/v1/setup_intents', { customer: stripeCustomer.id });
    fake.completeSetup(setup.id, 'succeeds');

    const customer = await createCustomer(db, tenant.tenantId, { portal: true });
    await db.updateTable('customers').set({ gateway_customer_id: stripeCustomer.id }).where('id', '=', customer.id).execute();
    await db.insertInto('cards').values({ id: newId(), tenant_id: tenant.tenantId, customer_id: customer.id, gateway: 'stripe', token: 'pm_card_visa', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, is_default: true, added_by_portal_user_id: null, created_at: isoNow(), removed_at: null }).execute();
    const user = await createPortalUser(db, tenant.tenantId, customer.id, customer.locationIds);
    await db.updateTable('portal_user_customers').set({ is_billing_contact: true }).where('portal_user_id', '=', user.id).execute();
    const invoiceId = newId();
    const stamp = isoNow();
    const currency = (await db.selectFrom('tenants').select('currency').where('id', '=', tenant.tenantId).executeTakeFirstOrThrow()).currency;
    await db
      .insertInto('invoices')
      .values({
        id: invoiceId, tenant_id: tenant.tenantId, customer_id: customer.id, kind: 'invoice', number: 'INV-CRASH-0001', status: 'sent', corrects_invoice_id: null,
        issue_date: '2026-03-01', due_date: '2026-03-15', period_start: null, period_end: null, currency, subtotal: world.total, discount_total: 0, tax_total: 0, total: world.total, tip: 0,
        notes: null, sent_at: stamp, voided_at: null, void_reason: null, created_by_staff_id: null, created_at: stamp, updated_at: stamp,
      })
      .execute();
    Object.assign(world, { slug: tenant.slug, email: user.email, locationId: customer.locationIds[0]!, invoiceId });

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    env = { ...inherited, DATA_DIR: database.dataDir, PORT: String(port), PUBLIC_URL: base, SESSION_SECRET: 'crash-secret-crash-secret-crash-secret', STRIPE_API_URL: fake.url, LOG_LEVEL: 'silent' };
  }, 90_000);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    await fake?.close();
    await database?.close();
  });

  async function startChild(): Promise<ChildProcess> {
    const started = fork(path.join(import.meta.dirname, '../../main.ts'), [], { env, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    started.stderr?.on('data', (chunk: Buffer) => void stderr.push(chunk.toString()));
    child = started;
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (started.exitCode !== null) throw new Error(`Porter exited with ${started.exitCode}`);
      const healthy = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (healthy) return started;
      if (Date.now() > deadline) throw new Error('Porter did not answer /api/health');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** One POST on its own connection (no keep-alive: a reused socket the child closed would look like the crash). */
  function post(url: string, body: object, cookie = ''): Promise<{ status: number; cookies: string[] } | string> {
    return new Promise((resolve) => {
      const sent = httpRequest(`${base}${url}`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', origin: base, connection: 'close', ...(cookie ? { cookie } : {}) } }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, cookies: response.headers['set-cookie'] ?? [] }));
      });
      sent.on('error', (error) => resolve(`no answer: ${error.message}`));
      sent.end(JSON.stringify(body));
    });
  }

  const attemptOf = (key: string) => inspect(database.db).selectFrom('payment_attempts').select(['id', 'status']).where('idempotency_key', '=', key).executeTakeFirst();

  it('keeps one charge at the gateway and writes its ledger entry once after the restart', async () => {
    const first = await startChild();
    const login = await post(`/api/portal/${world.slug}/login`, { email: world.email, password: testPassword });
    if (typeof login === 'string' || login.status >= 300) throw new Error(`sign-in failed: ${JSON.stringify(login)}`);
    const cookie = login.cookies.map((c) => c.split(';')[0]).join('; ');

    // At the charge: the server dies, then the fake makes the charge and the answer goes nowhere.
    let killed = false;
    fake.onRequest = async (call) => {
      if (call.method !== 'POST' || call.path !== '/v1/payment_intents') return;
      fake.onRequest = undefined;
      first.kill('SIGKILL');
      await once(first, 'exit');
      killed = true;
      return 'drop-after';
    };
    const key = `crash-${newId()}`;
    const paid = await post(`/api/portal/${world.slug}/locations/${world.locationId}/billing/payments`, { invoiceIds: [world.invoiceId], idempotencyKey: key }, cookie);
    expect(paid, stderr.join('')).toMatch(/^no answer/);
    // The POST sees its socket close as the child dies, a moment before the hook hears the exit and the fake charges.
    const charged = Date.now() + 30_000;
    while (!killed || fake.chargesMade(key) === 0) {
      if (Date.now() > charged) throw new Error('the fake never made the charge');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(first.signalCode).toBe('SIGKILL');
    expect((await attemptOf(key))?.status).toBe('pending');
    expect(fake.chargesMade(key)).toBe(1);

    // Restarted on the same data dir, it settles the unanswered charge at start.
    await startChild();
    const deadline = Date.now() + 60_000;
    while ((await attemptOf(key))?.status !== 'succeeded') {
      if (Date.now() > deadline) throw new Error(`attempt still ${(await attemptOf(key))?.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(fake.chargesMade(key)).toBe(1);
    const db = inspect(database.db);
    const attempt = (await attemptOf(key))!;
    expect(await db.selectFrom('ledger_entries').select(['kind', 'amount', 'invoice_id']).where('payment_attempt_id', '=', attempt.id).execute()).toEqual([{ kind: 'charge', amount: world.total, invoice_id: world.invoiceId }]);
    expect((await db.selectFrom('invoices').select('status').where('id', '=', world.invoiceId).executeTakeFirstOrThrow()).status).toBe('paid');
  }, 180_000);
});
