import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minutes } from '../../lib/time.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };
const waitAnHour = 'Too many emails have been asked for. Please wait 60 minutes and try again.';

/** Every route that emails on someone's request is limited per requester and per addressee, in the database. */
describe.each(testDialects())('limits on the routes that send email on %s', (kind) => {
  const clock = testClock();
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now });
    tenant = await createTenant(porter.ctx.db);
  });
  afterAll(() => porter.close());

  const mailsTo = async (to: string) => (await inspect(porter.ctx.db).selectFrom('outbox_emails').select('id').where('to_address', '=', to).execute()).length;
  const expectHourWait = (response: { statusCode: number; headers: Record<string, unknown>; json: () => { error: { message: string } } }) => {
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('3600');
    expect(response.json().error.message).toBe(waitAnHour);
  };

  describe('password reset requests', () => {
    const ask = (email: string, remoteAddress = '192.0.2.1') =>
      porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', remoteAddress, headers: json, payload: { email } });

    it('send three links to one address an hour, then ask to wait, then send again', async () => {
      const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
      for (let i = 0; i < 3; i++) expect((await ask(staff.email, `192.0.2.${10 + i}`)).statusCode).toBe(202);
      expectHourWait(await ask(staff.email, '192.0.2.20'));
      expect(await mailsTo(staff.email)).toBe(3);
      clock.advance(minutes(60) - 1);
      expect((await ask(staff.email, '192.0.2.21')).statusCode).toBe(429);
      clock.advance(1);
      expect((await ask(staff.email, '192.0.2.21')).statusCode).toBe(202);
      expect(await mailsTo(staff.email)).toBe(4);
    });

    it('take twenty requests an hour from one network address, whatever the addresses asked for', async () => {
      for (let i = 0; i < 20; i++) expect((await ask(`someone-${i}@example.test`, '198.51.100.1')).statusCode).toBe(202);
      expectHourWait(await ask('someone-else@example.test', '198.51.100.1'));
    });

    it('on the portal too, and answer a locked user like an unknown address without emailing them', async () => {
      const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
      const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
      const portalAsk = (email: string) =>
        porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/forgot-password`, remoteAddress: '192.0.2.30', headers: json, payload: { email } });
      for (let i = 0; i < 3; i++) expect((await portalAsk(contact.email)).statusCode).toBe(202);
      expectHourWait(await portalAsk(contact.email));

      const locked = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
      await inspect(porter.ctx.db).updateTable('portal_users').set({ locked_at: clock.now().toISOString() }).where('id', '=', locked.id).execute();
      const lockedAnswer = await portalAsk(locked.email);
      const unknownAnswer = await portalAsk('nobody-at-all@example.test');
      expect(lockedAnswer.statusCode).toBe(202);
      expect(lockedAnswer.json()).toEqual(unknownAnswer.json());
      expect(await mailsTo(locked.email)).toBe(0);
    });
  });

  describe('portal email changes', () => {
    async function signedInContact() {
      const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
      const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
      return signInPortal(porter, tenant.slug, contact.email);
    }
    const change = (cookie: string, newEmail: string) =>
      callApi(porter, cookie, 'POST', `/api/portal/${tenant.slug}/account/email`, { newEmail, currentPassword: testPassword });

    it('send five confirmations an hour for one portal user', async () => {
      const cookie = await signedInContact();
      for (let i = 0; i < 5; i++) expect((await change(cookie, `elsewhere-${i}@mail.example`)).statusCode).toBe(202);
      expectHourWait(await change(cookie, 'elsewhere-5@mail.example'));
      expect(await mailsTo('elsewhere-5@mail.example')).toBe(0);
    });

    it('send three confirmations an hour to one address, whoever asks', async () => {
      for (let i = 0; i < 3; i++) expect((await change(await signedInContact(), 'victim@mail.example')).statusCode).toBe(202);
      expectHourWait(await change(await signedInContact(), 'victim@mail.example'));
      expect(await mailsTo('victim@mail.example')).toBe(3);
    });
  });

  describe('portal invitations', () => {
    let manager: string;
    beforeAll(async () => {
      manager = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    });

    async function invitee(email = `invitee-${Math.random().toString(36).slice(2)}@client.example`) {
      const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
      const added = await callApi(porter, manager, 'POST', `/api/office/customers/${customer.id}/portal-users`, { name: 'Ivy', email, phone: '', locationIds: customer.locationIds, isBillingContact: false });
      expect(added.statusCode).toBe(201);
      return { enable: (cookie = manager) => callApi(porter, cookie, 'POST', `/api/office/customers/${customer.id}/portal-users/${added.json().id}/enable`) };
    }

    it('send three invitations an hour to one person', async () => {
      const ivy = await invitee('ivy-thrice@client.example');
      for (let i = 0; i < 3; i++) expect((await ivy.enable()).statusCode).toBe(200);
      expectHourWait(await ivy.enable());
      expect(await mailsTo('ivy-thrice@client.example')).toBe(3);
    });

    it('send thirty invitations an hour from one staff member', async () => {
      const sender = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
      for (let i = 0; i < 30; i++) expect((await (await invitee()).enable(sender)).statusCode).toBe(200);
      expectHourWait(await (await invitee()).enable(sender));
    });
  });
});
