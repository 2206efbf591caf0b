import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { SmsGateway } from '../../platform/sms/sms-gateway.ts';
import { createCustomer, createPortalUser, createTenant } from '../../test/factories.ts';
import { anotherConnection, callApi, inspect, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { sendDueReminders, type ReminderMail } from './reminder-job.ts';

// Clocks in New York go forward on Sunday 8 March 2026: EST (UTC−5) before, EDT (UTC−4) after.
const start = new Date('2026-03-02T12:00:00Z');
type Contact = {
  name: string;
  email?: string | null;
  mobile?: string | null;
  mobileCarrier?: string | null;
  mobileCarrierDomain?: string | null;
  threeDaysBefore?: boolean;
  oneDayBefore?: boolean;
};

describe.each(testDialects())('visit reminders on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  const clock = testClock(start);
  let serial = 0;
  const mail: ReminderMail = { publicUrl: 'http://porter.test', smtpConfigured: false };

  /** A New York customer with these contacts and reminders, and one-off visits at these local days and times. */
  async function customerWith(contacts: Contact[], visits: { date: string; time: string }[]) {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { name: `Customer ${++serial}` });
    await inspect(porter.ctx.db).updateTable('locations').set({ time_zone: 'America/New_York', address: '12 Elm Street' }).where('customer_id', '=', customer.id).execute();
    const saved = await callApi(porter, owner, 'PUT', `/api/office/customers/${customer.id}`, {
      name: `Customer ${serial}`,
      type: 'residential',
      contacts: contacts.map(({ name, email, mobile, mobileCarrier, mobileCarrierDomain }) => ({ name, email: email ?? null, mobile: mobile ?? null, mobileCarrier, mobileCarrierDomain })),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const ids: string[] = saved.json().contacts.map((c: { id: string }) => c.id);
    const chosen = await callApi(porter, owner, 'PUT', `/api/office/customers/${customer.id}/reminders`, {
      contacts: contacts.map((c, i) => ({ id: ids[i], threeDaysBefore: c.threeDaysBefore ?? false, oneDayBefore: c.oneDayBefore ?? false })),
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    const visitIds: string[] = [];
    for (const visit of visits) {
      const service = await callApi(porter, owner, 'POST', `/api/office/customers/${customer.id}/account-services`, {
        locationId: customer.locationIds[0],
        name: 'Deep clean',
        frequency: { kind: 'once' },
        startDate: visit.date,
        startTime: visit.time,
        durationMinutes: 120,
        price: 15_000,
      });
      expect(service.statusCode, service.body).toBe(201);
      expect((await callApi(porter, owner, 'POST', `/api/office/account-services/${service.json().id}/schedule`)).statusCode).toBe(200);
      const listed = (await callApi(porter, owner, 'GET', `/api/office/visits?customerId=${customer.id}&pageSize=50`)).json().items as { id: string; accountServiceId: string }[];
      visitIds.push(listed.find((v) => v.accountServiceId === service.json().id)!.id);
    }
    return { customer, contactIds: ids, visitIds };
  }

  const run = (at: string, options: Partial<ReminderMail> = {}, db = porter.ctx.db) => sendDueReminders(db, { ...mail, ...options }, new Date(at));
  const mailTo = (address: string) => inspect(porter.ctx.db).selectFrom('outbox_emails').select(['subject', 'text_body']).where('to_address', '=', address).orderBy('created_at').execute();

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
    tenant = await createTenant(porter.ctx.db, { name: 'Sparkle Cleaning' });
    await inspect(porter.ctx.db).updateTable('tenants').set({ display_name: 'Sparkle Cleaning' }).where('id', '=', tenant.tenantId).execute();
    owner = await signInStaff(porter, tenant.ownerEmail);
  });
  afterAll(() => porter.close());

  it('sends the 3-day reminder from 17:00 on the location’s clock, once however often the job runs', async () => {
    await customerWith(
      [
        { name: 'Ana Ruiz', email: 'ana@three.test', threeDaysBefore: true, oneDayBefore: true },
        { name: 'Ben Cole', email: 'ben@three.test', threeDaysBefore: false, oneDayBefore: true },
      ],
      [{ date: '2026-03-09', time: '09:00' }],
    );
    // Friday 6 March, 16:59 in New York (EST): not yet.
    await run('2026-03-06T21:59:00Z');
    expect(await mailTo('ana@three.test')).toEqual([]);
    await run('2026-03-06T22:00:00Z');
    await run('2026-03-06T22:00:00Z');
    await run('2026-03-06T23:30:00Z');
    const ana = await mailTo('ana@three.test');
    expect(ana).toHaveLength(1);
    expect(ana[0]!.subject).toBe('Reminder: Sparkle Cleaning visits on Monday, March 9');
    expect(ana[0]!.text_body).toContain('Hello Ana Ruiz,');
    expect(ana[0]!.text_body).toContain('in three days, on Monday, March 9 at 9:00 AM, for Deep clean');
    expect(ana[0]!.text_body).toContain('Address: 12 Elm Street');
    expect(await mailTo('ben@three.test')).toEqual([]);
  });

  it('sends the 1-day reminder at 17:00 on the day clocks go forward, not an hour early', async () => {
    await customerWith([{ name: 'Cleo Park', email: 'cleo@one.test', oneDayBefore: true }], [{ date: '2026-03-09', time: '09:00' }]);
    // Sunday 8 March is on summer time: 16:59 EDT is 20:59 UTC (it would be 15:59 on winter time).
    await run('2026-03-08T20:59:00Z');
    expect(await mailTo('cleo@one.test')).toEqual([]);
    await run('2026-03-08T21:00:00Z');
    await run('2026-03-08T22:00:00Z');
    const cleo = await mailTo('cleo@one.test');
    expect(cleo).toHaveLength(1);
    expect(cleo[0]!.text_body).toContain('tomorrow, Monday, March 9 at 9:00 AM');
  });

  it('counts days on the location’s calendar across the change of clocks, not in UTC', async () => {
    const { visitIds } = await customerWith(
      [{ name: 'Dev Shah', email: 'dev@calendar.test', oneDayBefore: true }],
      [
        // 23:30 EDT on Sunday is already Monday in UTC; 00:30 on Monday is Monday everywhere.
        { date: '2026-03-08', time: '23:30' },
        { date: '2026-03-09', time: '00:30' },
      ],
    );
    expect(visitIds).toHaveLength(2);
    // Saturday 7 March, 17:30 EST: Sunday's visit is tomorrow, Monday's is not.
    await run('2026-03-07T22:30:00Z');
    const saturday = await mailTo('dev@calendar.test');
    expect(saturday).toHaveLength(1);
    expect(saturday[0]!.subject).toBe('Reminder: Sparkle Cleaning visits on Sunday, March 8');
    expect(saturday[0]!.text_body).toContain('at 11:30 PM');
    // Sunday 8 March, 17:30 EDT: now Monday's.
    await run('2026-03-08T21:30:00Z');
    const sunday = await mailTo('dev@calendar.test');
    expect(sunday).toHaveLength(2);
    expect(sunday[1]!.subject).toBe('Reminder: Sparkle Cleaning visits on Monday, March 9');
  });

  it('sends one email per contact and reminder when two instances run the job at once', async () => {
    await customerWith(
      [
        { name: 'Eva Lind', email: 'eva@race.test', threeDaysBefore: true },
        { name: 'Finn Roe', email: 'finn@race.test', threeDaysBefore: true },
      ],
      [{ date: '2026-03-26', time: '10:00' }],
    );
    const at = '2026-03-23T21:30:00Z';
    // Two instances share a database only on PostgreSQL; on SQLite the runs take turns on one connection.
    const second = kind === 'postgres' ? anotherConnection(porter.database) : null;
    try {
      await Promise.all([run(at), run(at, {}, second?.db ?? porter.ctx.db), run(at)]);
    } finally {
      await second?.close();
    }
    expect(await mailTo('eva@race.test')).toHaveLength(1);
    expect(await mailTo('finn@race.test')).toHaveLength(1);
  });

  it('reminds nobody of a skipped or cancelled visit', async () => {
    const { visitIds } = await customerWith(
      [{ name: 'Gus Hale', email: 'gus@status.test', oneDayBefore: true }],
      [
        { date: '2026-04-01', time: '09:00' },
        { date: '2026-04-01', time: '13:00' },
        { date: '2026-04-01', time: '15:00' },
      ],
    );
    const db = inspect(porter.ctx.db);
    await db.updateTable('visits').set({ status: 'skipped', status_reason: 'Away' }).where('id', '=', visitIds[0]!).execute();
    await db.updateTable('visits').set({ status: 'cancelled', status_reason: 'Moved out' }).where('id', '=', visitIds[1]!).execute();
    await run('2026-03-31T21:30:00Z');
    const gus = await mailTo('gus@status.test');
    expect(gus).toHaveLength(1);
    expect(gus[0]!.text_body).toContain('at 3:00 PM');
  });

  it('writes to a contact in their own language when they use the portal, else in the customer’s, else the company’s', async () => {
    const { customer } = await customerWith(
      [
        { name: 'Hana Berg', email: 'hana@language.test', oneDayBefore: true },
        { name: 'Ivo Mar', email: 'ivo@language.test', oneDayBefore: true },
      ],
      [{ date: '2026-04-07', time: '09:00' }],
    );
    const withLanguage = async (language: Language, billing: boolean) => {
      const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, []);
      await inspect(porter.ctx.db).updateTable('portal_users').set({ language }).where('id', '=', user.id).execute();
      await inspect(porter.ctx.db).updateTable('portal_user_customers').set({ is_billing_contact: billing }).where('portal_user_id', '=', user.id).execute();
      return user;
    };
    const hana = await withLanguage('da', false);
    await inspect(porter.ctx.db).updateTable('portal_users').set({ email: 'hana@language.test' }).where('id', '=', hana.id).execute();
    await withLanguage('es', true);
    const { customer: silent } = await customerWith([{ name: 'Jo Lee', email: 'jo@language.test', oneDayBefore: true }], [{ date: '2026-04-07', time: '11:00' }]);
    expect(silent.id).toBeTruthy();

    await run('2026-04-06T21:30:00Z');
    expect((await mailTo('hana@language.test'))[0]!.subject).toBe('Påmindelse: Sparkle Cleaning kommer tirsdag 7. april');
    expect((await mailTo('ivo@language.test'))[0]!.subject).toBe('Recordatorio: Sparkle Cleaning os visita el martes, 7 de abril');
    expect((await mailTo('jo@language.test'))[0]!.subject).toBe('Reminder: Sparkle Cleaning visits on Tuesday, April 7');
  });

  it('sends a text once through the gateway, and gives the claim back when the gateway cannot reach the number', async () => {
    const { contactIds } = await customerWith([{ name: 'Kai Moss', mobile: '555 010 2030', oneDayBefore: true }], [{ date: '2026-04-15', time: '09:00' }]);
    const db = inspect(porter.ctx.db);
    const claims = () => db.selectFrom('sent_reminders').select(['channel', 'days_before']).where('contact_id', '=', contactIds[0]!).execute();

    // Email-to-text needs the carrier, which Kai has not given: nothing is sent, nothing is claimed.
    await run('2026-04-14T21:30:00Z');
    expect(await claims()).toEqual([]);
    expect(await db.selectFrom('outbox_emails').select('id').where('to_address', 'like', '5550102030@%').execute()).toEqual([]);

    const texts: { to: string | null; body: string }[] = [];
    const gateway = (): SmsGateway => ({
      sendText: async (to, body) => {
        texts.push({ to: to.mobile, body });
        return 'sent';
      },
    });
    await run('2026-04-14T22:30:00Z', { textGateway: gateway });
    await run('2026-04-14T23:30:00Z', { textGateway: gateway });
    expect(texts).toEqual([{ to: '555 010 2030', body: 'Sparkle Cleaning: reminder of Deep clean at Site 1 on Wednesday, April 15 at 9:00 AM.' }]);
    expect(await claims()).toEqual([{ channel: 'text', days_before: 1 }]);
  });

  it('texts a contact with a carrier at the gateway address, once per reminder, and still skips one without', async () => {
    const { contactIds } = await customerWith(
      [
        { name: 'Lia Park', mobile: '(555) 010-4040', mobileCarrier: 'verizon', threeDaysBefore: true, oneDayBefore: true },
        { name: 'Max Hale', mobile: '555 010 5050', mobileCarrier: 'other', mobileCarrierDomain: 'SMS.Local-Carrier.net', oneDayBefore: true },
        { name: 'Nell Ray', mobile: '555 010 6060', threeDaysBefore: true, oneDayBefore: true },
      ],
      [{ date: '2026-04-22', time: '09:00' }],
    );
    const sms = 'Sparkle Cleaning: reminder of Deep clean at Site 1 on Wednesday, April 22 at 9:00 AM.';
    // Sunday 19 April, 17:30 in New York (EDT): Lia's 3-day reminder, however often the job runs.
    await run('2026-04-19T21:30:00Z');
    await run('2026-04-19T22:30:00Z');
    expect(await mailTo('5550104040@vtext.com')).toEqual([{ subject: 'Porter', text_body: sms }]);
    // Tuesday 21 April: the 1-day reminders, Max's to the gateway domain he typed.
    await run('2026-04-21T21:30:00Z');
    await run('2026-04-21T22:30:00Z');
    expect(await mailTo('5550104040@vtext.com')).toHaveLength(2);
    expect(await mailTo('5550105050@sms.local-carrier.net')).toEqual([{ subject: 'Porter', text_body: sms }]);
    const db = inspect(porter.ctx.db);
    expect(await db.selectFrom('outbox_emails').select('id').where('to_address', 'like', '5550106060@%').execute()).toEqual([]);
    expect(await db.selectFrom('sent_reminders').select('channel').where('contact_id', '=', contactIds[2]!).execute()).toEqual([]);
  });

  it('refuses a contact whose carrier is "other" without a gateway domain, naming the field', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { name: `Customer ${++serial}` });
    const saved = await callApi(porter, owner, 'PUT', `/api/office/customers/${customer.id}`, {
      name: `Customer ${serial}`,
      type: 'residential',
      contacts: [{ name: 'Ola Finn', mobile: '555 010 7070', mobileCarrier: 'other', mobileCarrierDomain: 'not a domain' }, { name: 'Pia Lund', mobileCarrier: 'pigeon' }],
    });
    expect(saved.statusCode).toBe(400);
    expect(Object.keys(saved.json().error.fields).sort()).toEqual(['contacts.0.mobileCarrierDomain', 'contacts.1.mobileCarrier']);
  });

  it('is handed to the periodic job runner', async () => {
    const withJobs = await startTestPorter(kind, {}, { now: () => new Date('2026-03-06T22:00:00Z') });
    try {
      expect(await withJobs.housekeeping!.runDue()).toContain('visit-reminders');
    } finally {
      await withJobs.close();
    }
  });
});
