import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

const url = '/api/office/settings/payments';
const keys = { stripePublishableKey: 'pk_test_51PorterPublishable', stripeSecretKey: 'sk_test_51PorterVerySecret', stripeWebhookSecret: 'whsec_PorterSigningSecret' };

describe.each(testDialects())('payment settings on %s', (kind) => {
  let porter: TestPorter;
  const logLines: string[] = [];
  let world: Awaited<ReturnType<typeof makeWorld>>;

  async function makeWorld() {
    const db = inspect(porter.ctx.db);
    const [a, b] = [await createTenant(db), await createTenant(db)];
    const customer = await createCustomer(db, a.tenantId, { portal: true });
    return {
      a,
      b,
      admin: await createStaff(db, a.tenantId, 'admin'),
      manager: await createStaff(db, a.tenantId, 'manager'),
      contact: await createPortalUser(db, a.tenantId, customer.id, customer.locationIds),
    };
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind, { LOG_LEVEL: 'trace' }, { logStream: { write: (line) => void logLines.push(line) }, housekeeping: false });
    world = await makeWorld();
  });
  afterAll(async () => porter.close());

  const as = (email: string) => signInStaff(porter, email);

  it('starts on the test gateway, with no keys, not charging on send, and shows the webhook address for Stripe', async () => {
    const response = await callApi(porter, await as(world.admin.email), 'GET', url);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      gateway: 'test',
      stripePublishableKeySet: false,
      stripeSecretKeySet: false,
      stripeWebhookSecretSet: false,
      autopayChargeOnSend: false,
      webhookUrl: `http://porter.test/api/billing/webhooks/stripe/${world.a.slug}`,
    });
  });

  it('refuses Stripe without its keys, naming each missing one', async () => {
    const admin = await as(world.admin.email);
    const none = await callApi(porter, admin, 'PUT', url, { gateway: 'stripe', autopayChargeOnSend: false });
    expect(none.statusCode).toBe(400);
    expect(Object.keys(none.json().error.fields).sort()).toEqual(['stripePublishableKey', 'stripeSecretKey', 'stripeWebhookSecret']);
    const some = await callApi(porter, admin, 'PUT', url, { gateway: 'stripe', stripePublishableKey: keys.stripePublishableKey, stripeSecretKey: '', autopayChargeOnSend: false });
    expect(some.statusCode).toBe(400);
    expect(Object.keys(some.json().error.fields).sort()).toEqual(['stripeSecretKey', 'stripeWebhookSecret']);
    // Nothing was saved.
    expect((await callApi(porter, admin, 'GET', url)).json()).toMatchObject({ gateway: 'test', stripePublishableKeySet: false });
  });

  it('refuses a key pasted into the wrong box, and a gateway it does not know', async () => {
    const admin = await as(world.admin.email);
    const swapped = await callApi(porter, admin, 'PUT', url, { gateway: 'stripe', ...keys, stripePublishableKey: keys.stripeSecretKey, autopayChargeOnSend: false });
    expect(swapped.statusCode).toBe(400);
    expect(Object.keys(swapped.json().error.fields)).toEqual(['stripePublishableKey']);
    expect(swapped.body).not.toContain(keys.stripeSecretKey);
    const paypal = await callApi(porter, admin, 'PUT', url, { gateway: 'paypal', autopayChargeOnSend: false });
    expect(paypal.statusCode).toBe(400);
    expect(paypal.json().error.fields).toHaveProperty('gateway');
  });

  it('saves Stripe with its keys and never gives a key back: not in the answer, a later read, the log or the audit', async () => {
    const admin = await as(world.admin.email);
    const saved = await callApi(porter, admin, 'PUT', url, { gateway: 'stripe', ...keys, autopayChargeOnSend: true });
    expect(saved.statusCode).toBe(200);
    const expected = { gateway: 'stripe', stripePublishableKeySet: true, stripeSecretKeySet: true, stripeWebhookSecretSet: true, autopayChargeOnSend: true };
    expect(saved.json()).toMatchObject(expected);
    const read = await callApi(porter, admin, 'GET', url);
    expect(read.json()).toMatchObject(expected);
    const db = inspect(porter.ctx.db);
    const audit = await db.selectFrom('audit_events').selectAll().where('tenant_id', '=', world.a.tenantId).where('action', '=', 'payments.updated').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details!)).toMatchObject({ gateway: { from: 'test', to: 'stripe' }, keysReplaced: ['stripePublishableKey', 'stripeSecretKey', 'stripeWebhookSecret'] });
    for (const value of Object.values(keys)) {
      expect(saved.body).not.toContain(value);
      expect(read.body).not.toContain(value);
      expect(audit[0]!.details).not.toContain(value);
      expect(logLines.join('\n')).not.toContain(value);
    }
    const row = await db.selectFrom('tenants').select(['stripe_secret_key', 'stripe_webhook_secret', 'stripe_publishable_key', 'autopay_charge_on_send']).where('id', '=', world.a.tenantId).executeTakeFirstOrThrow();
    expect(row).toEqual({ stripe_secret_key: keys.stripeSecretKey, stripe_webhook_secret: keys.stripeWebhookSecret, stripe_publishable_key: keys.stripePublishableKey, autopay_charge_on_send: true });
  });

  it('keeps a stored key when its field comes back empty, replaces one given, and keeps all when leaving Stripe', async () => {
    const admin = await as(world.admin.email);
    const replaced = await callApi(porter, admin, 'PUT', url, { gateway: 'stripe', stripePublishableKey: '', stripeSecretKey: ' sk_live_51Replaced ', stripeWebhookSecret: '', autopayChargeOnSend: false });
    expect(replaced.statusCode).toBe(200);
    const db = inspect(porter.ctx.db);
    const row = () => db.selectFrom('tenants').select(['payment_gateway', 'stripe_secret_key', 'stripe_webhook_secret', 'stripe_publishable_key']).where('id', '=', world.a.tenantId).executeTakeFirstOrThrow();
    expect(await row()).toEqual({ payment_gateway: 'stripe', stripe_secret_key: 'sk_live_51Replaced', stripe_webhook_secret: keys.stripeWebhookSecret, stripe_publishable_key: keys.stripePublishableKey });
    expect((await callApi(porter, admin, 'PUT', url, { gateway: 'test', autopayChargeOnSend: false })).json()).toMatchObject({ gateway: 'test', stripeSecretKeySet: true });
    expect((await row()).stripe_secret_key).toBe('sk_live_51Replaced');
  });

  it('is for admins: a manager may neither read nor change it, a portal user is not signed in to the office', async () => {
    const manager = await as(world.manager.email);
    expect((await callApi(porter, manager, 'GET', url)).statusCode).toBe(403);
    expect((await callApi(porter, manager, 'PUT', url, { gateway: 'test', autopayChargeOnSend: true })).statusCode).toBe(403);
    const contact = await signInPortal(porter, world.a.slug, world.contact.email);
    expect((await callApi(porter, contact, 'GET', url)).statusCode).toBe(401);
  });

  it('is each company’s own: another company’s owner reads and writes only theirs', async () => {
    const otherOwner = await as(world.b.ownerEmail);
    const theirs = await callApi(porter, otherOwner, 'GET', url);
    expect(theirs.json()).toMatchObject({ gateway: 'test', stripeSecretKeySet: false, webhookUrl: `http://porter.test/api/billing/webhooks/stripe/${world.b.slug}` });
    // Keys given on their side are theirs; company A's stay as they were.
    expect((await callApi(porter, otherOwner, 'PUT', url, { gateway: 'test', stripeSecretKey: 'sk_test_51TheirOwn', autopayChargeOnSend: true })).statusCode).toBe(200);
    const db = inspect(porter.ctx.db);
    const secrets = await db.selectFrom('tenants').select(['id', 'stripe_secret_key', 'autopay_charge_on_send']).where('id', 'in', [world.a.tenantId, world.b.tenantId]).execute();
    expect(Object.fromEntries(secrets.map((r) => [r.id, [r.stripe_secret_key, r.autopay_charge_on_send]]))).toEqual({
      [world.a.tenantId]: ['sk_live_51Replaced', false],
      [world.b.tenantId]: ['sk_test_51TheirOwn', true],
    });
  });
});
