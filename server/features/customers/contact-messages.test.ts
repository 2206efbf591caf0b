import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxEmailMessageLength, maxTextMessageLength } from '../../../shared/features/customers/contact-messages.contract.ts';
import { newId } from '../../lib/ids.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

describe.each(testDialects())('messages to a customer’s contacts on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let manager: string;
  let managerEmail: string;
  let supervisor: string;
  let otherOwner: string;
  let customerId: string;
  let carla: string;
  let nomail: string;

  async function contactOf(tenantId: TenantId, customer: string, name: string, details: { email?: string | null; mobile?: string | null; carrier?: 'verizon' | null }): Promise<string> {
    const id = newId();
    await porter.ctx.db
      .insertInto('customer_contacts')
      .values({ id, tenant_id: tenantId, customer_id: customer, name, email: details.email ?? null, mobile: details.mobile ?? null, mobile_carrier: details.carrier ?? null, mobile_carrier_domain: null, position: 0 })
      .execute();
    return id;
  }

  const url = (customer = customerId, contact = carla) => `/api/office/customers/${customer}/contacts/${contact}/messages`;
  const email = { channel: 'email', subject: 'Friday’s visit', body: 'We will come at 7 am on Friday.' };
  const text = { channel: 'text', body: 'We will come at 7 am on Friday.' };
  const outboxTo = (address: string) => inspect(porter.ctx.db).selectFrom('outbox_emails').selectAll().where('to_address', '=', address).orderBy('created_at').execute();
  const switchTexts = (on: boolean) => callApi(porter, owner, 'PUT', '/api/office/settings/addons', { textMessaging: on, invoiceCalculation: false, audits: false });

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    otherOwner = await signInStaff(porter, other.ownerEmail);
    managerEmail = (await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email;
    manager = await signInStaff(porter, managerEmail);
    supervisor = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    customerId = (await createCustomer(porter.ctx.db, tenant.tenantId, { name: 'Harborview Dental' })).id;
    carla = await contactOf(tenant.tenantId, customerId, 'Carla Customer', { email: 'carla@harborview.example', mobile: '(503) 555-0101', carrier: 'verizon' });
    nomail = await contactOf(tenant.tenantId, customerId, 'Nora Nomail', {});
  });
  afterAll(() => porter.close());

  it('emails the contact through the outbox, signed by the writer, answered to them, with an audit entry that leaves the words out', async () => {
    const response = await callApi(porter, manager, 'POST', url(), email);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ channel: 'email', to: 'carla@harborview.example' });
    const [sent] = await outboxTo('carla@harborview.example');
    expect(sent).toMatchObject({ subject: 'Friday’s visit', reply_to: managerEmail });
    expect(sent!.text_body).toContain('Hello Carla Customer');
    expect(sent!.text_body).toContain('We will come at 7 am on Friday.');
    expect(sent!.text_body).toContain('A manager, ');
    const audit = await inspect(porter.ctx.db).selectFrom('audit_events').select(['subject', 'details']).where('tenant_id', '=', tenant.tenantId).where('action', '=', 'contact.messaged').executeTakeFirstOrThrow();
    expect(audit.subject).toBe(carla);
    expect(audit.details).not.toContain('7 am');
    expect(JSON.parse(audit.details!)).toEqual({ customerId, channel: 'email', to: 'carla@harborview.example' });
  });

  it('takes a body up to its limit and refuses one character more, naming the field', async () => {
    expect((await callApi(porter, manager, 'POST', url(), { ...email, body: 'x'.repeat(maxEmailMessageLength) })).statusCode).toBe(202);
    const tooLong = await callApi(porter, manager, 'POST', url(), { ...email, body: 'x'.repeat(maxEmailMessageLength + 1) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields).toHaveProperty('body');
    const noSubject = await callApi(porter, manager, 'POST', url(), { ...email, subject: ' ' });
    expect(noSubject.statusCode).toBe(400);
    expect(noSubject.json().error.fields).toHaveProperty('subject');
    expect((await callApi(porter, manager, 'POST', url(), { channel: 'fax', body: 'Hi' })).statusCode).toBe(400);
  });

  it('sends a text only while the text messaging add-on is on, at most a text’s length, to the carrier’s gateway', async () => {
    expect((await callApi(porter, manager, 'POST', url(), text)).statusCode).toBe(404);
    expect((await switchTexts(true)).statusCode).toBe(200);
    const response = await callApi(porter, manager, 'POST', url(), text);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ channel: 'text', to: '(503) 555-0101' });
    const [sent] = await outboxTo('5035550101@vtext.com');
    expect(sent!.text_body).toBe('We will come at 7 am on Friday.');
    expect((await callApi(porter, manager, 'POST', url(), { ...text, body: 'x'.repeat(maxTextMessageLength) })).statusCode).toBe(202);
    const tooLong = await callApi(porter, manager, 'POST', url(), { ...text, body: 'x'.repeat(maxTextMessageLength + 1) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields).toHaveProperty('body');
    await switchTexts(false);
    expect((await callApi(porter, manager, 'POST', url(), text)).statusCode).toBe(404);
  });

  it('answers 409 naming the email or mobile a contact lacks', async () => {
    const noEmail = await callApi(porter, manager, 'POST', url(customerId, nomail), email);
    expect(noEmail.statusCode).toBe(409);
    expect(noEmail.json().error.message).toContain('Nora Nomail has no email address');
    expect(noEmail.json().error.fields).toHaveProperty('email');
    await switchTexts(true);
    const noMobile = await callApi(porter, manager, 'POST', url(customerId, nomail), text);
    expect(noMobile.statusCode).toBe(409);
    expect(noMobile.json().error.fields).toHaveProperty('mobile');
    await switchTexts(false);
  });

  it('lets managers and above write, not supervisors', async () => {
    expect((await callApi(porter, supervisor, 'POST', url(), email)).statusCode).toBe(403);
    expect((await callApi(porter, owner, 'POST', url(), email)).statusCode).toBe(202);
  });

  it('answers 404 for another company’s customer or contact, and for a contact of another customer', async () => {
    const ownOther = (await createCustomer(porter.ctx.db, tenant.tenantId)).id;
    const foreign = (await createCustomer(porter.ctx.db, other.tenantId)).id;
    const foreignContact = await contactOf(other.tenantId, foreign, 'Fran Foreign', { email: 'fran@foreign.example' });
    expect((await callApi(porter, otherOwner, 'POST', url(), email)).statusCode).toBe(404);
    expect((await callApi(porter, owner, 'POST', url(foreign, foreignContact), email)).statusCode).toBe(404);
    expect((await callApi(porter, owner, 'POST', url(ownOther, carla), email)).statusCode).toBe(404);
    expect((await callApi(porter, owner, 'POST', url(customerId, newId()), email)).statusCode).toBe(404);
    expect(await outboxTo('fran@foreign.example')).toEqual([]);
  });
});
