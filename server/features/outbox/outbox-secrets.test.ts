import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { hiddenLinkText } from '../../platform/mail/outbox.ts';
import { callApi, latestLinkToken, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };

describe.each(testDialects())('the outbox keeps secret links from everyone but their addressee on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let admin: string;

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    admin = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'admin')).email);
  });
  afterAll(() => porter.close());

  /** The whole outbox as the admin's browser receives it, and the mail to `to`. */
  async function outboxAsAdmin(to: string) {
    const response = await callApi(porter, admin, 'GET', '/api/office/outbox?pageSize=100');
    expect(response.statusCode).toBe(200);
    const mail = response.json().items.find((m: { to: string }) => m.to === to);
    expect(mail, `an email to ${to} is listed`).toBeDefined();
    return { body: response.body, mail };
  }

  it('shows the owner’s reset email to an admin without its link', async () => {
    await porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: json, payload: { email: tenant.ownerEmail } });
    const token = await latestLinkToken(porter.ctx.db, tenant.ownerEmail);
    const { body, mail } = await outboxAsAdmin(tenant.ownerEmail);
    expect(mail.subject).toMatch(/new password/);
    expect(mail.text).toContain(hiddenLinkText);
    expect(body).not.toContain(token);
    expect(body).not.toMatch(/token=/);
  });

  it('shows a portal invitation without its link', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
    const manager = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    const added = await callApi(porter, manager, 'POST', `/api/office/customers/${customer.id}/portal-users`, {
      name: 'Ivy Invitee',
      email: 'ivy@client.example',
      phone: '',
      locationIds: customer.locationIds,
      isBillingContact: false,
    });
    expect((await callApi(porter, manager, 'POST', `/api/office/customers/${customer.id}/portal-users/${added.json().id}/enable`)).statusCode).toBe(200);
    const token = await latestLinkToken(porter.ctx.db, 'ivy@client.example');
    const { body, mail } = await outboxAsAdmin('ivy@client.example');
    expect(mail.text).toContain(hiddenLinkText);
    expect(body).not.toContain(token);
    expect(body).not.toMatch(/token=/);
  });

  it('shows a portal email-change confirmation without its link', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const cookie = await signInPortal(porter, tenant.slug, contact.email);
    const asked = await callApi(porter, cookie, 'POST', `/api/portal/${tenant.slug}/account/email`, { newEmail: 'moved@client.example', currentPassword: testPassword });
    expect(asked.statusCode).toBe(202);
    const token = await latestLinkToken(porter.ctx.db, 'moved@client.example');
    const { body, mail } = await outboxAsAdmin('moved@client.example');
    expect(mail.text).toContain(hiddenLinkText);
    expect(body).not.toContain(token);
  });

  it('hides a link that an email written before this change still carries in its body', async () => {
    const link = 'http://porter.test/reset-password?token=old-live-token-written-into-the-body';
    const now = new Date().toISOString();
    await porter.ctx.db
      .insertInto('outbox_emails')
      .values({ id: newId(), tenant_id: tenant.tenantId, to_address: 'old@client.example', subject: 'Old reset', text_body: `Open\n\n${link}\n\nwithin an hour.`, status: 'held', next_attempt_at: now, created_at: now })
      .execute();
    const { body, mail } = await outboxAsAdmin('old@client.example');
    expect(mail.text).toBe(`Open\n\n${hiddenLinkText}\n\nwithin an hour.`);
    expect(body).not.toContain('old-live-token');
  });

  it('is for admins and owners only, and shows only their own company’s emails', async () => {
    const manager = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    expect((await callApi(porter, manager, 'GET', '/api/office/outbox')).statusCode).toBe(403);
    const other = await createTenant(porter.ctx.db);
    const otherOwner = await signInStaff(porter, other.ownerEmail);
    const theirs = await callApi(porter, otherOwner, 'GET', '/api/office/outbox?pageSize=100');
    expect(theirs.json().items.map((m: { to: string }) => m.to)).not.toContain(tenant.ownerEmail);
  });
});
