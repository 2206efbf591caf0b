import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../shared/roles.ts';
import { callApi, cookieFrom, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';

type Method = 'GET' | 'POST' | 'PUT';

describe.each(testDialects())('who reads, hears about and changes requests on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let customer: Awaited<ReturnType<typeof createCustomer>>;
  let contact: { id: string; email: string; cookie: string };
  let categoryId: string;
  let locationId: string;

  const call = (cookie: string, method: Method, url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const outboxTo = (address: string) => inspect(porter.ctx.db).selectFrom('outbox_emails').selectAll().where('to_address', '=', address).orderBy('created_at').execute();
  const outboxCount = async () => (await inspect(porter.ctx.db).selectFrom('outbox_emails').select('id').execute()).length;
  const bellOf = (staffId: string, link: string) => inspect(porter.ctx.db).selectFrom('staff_notifications').select(['kind', 'title']).where('staff_user_id', '=', staffId).where('link', '=', link).execute();
  const newRequest = async (text: string, cookie = contact.cookie) => {
    const response = await call(cookie, 'POST', `/api/portal/${tenant.slug}/requests`, { locationId, categoryId, text });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; reference: string };
  };
  const staffAt = async (role: StaffRole, style: 'email' | 'text' | 'none' | null) => {
    const member = await createStaff(porter.ctx.db, tenant.tenantId, role);
    await inspect(porter.ctx.db).updateTable('staff_users').set({ mobile_phone: '(503) 555-0100', mobile_carrier: 'verizon' }).where('id', '=', member.id).execute();
    if (style) await porter.ctx.db.insertInto('staff_location_assignments').values({ tenant_id: tenant.tenantId, location_id: locationId, staff_user_id: member.id, assigned: true, trained: true, notification_style: style }).execute();
    return { ...member, cookie: await signInStaff(porter, member.email) };
  };
  const upload = async (url: string, cookie: string) => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#5a5' } }).png().toBuffer();
    const boundary = 'porter-request-access';
    const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`), png, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    return porter.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
  };

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    customer = await createCustomer(porter.ctx.db, tenant.tenantId, { name: 'Quiet Office', portal: true, features: ['serviceRequests'] });
    locationId = customer.locationIds[0]!;
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    contact = { ...user, cookie: await signInPortal(porter, tenant.slug, user.email) };
    categoryId = (await call(owner, 'POST', '/api/office/request-categories', { name: 'Spill' })).json().id;
  });
  afterAll(() => porter.close());

  describe('technicians never hear what a customer wrote', () => {
    it('emails a new request to assigned-and-trained supervisors but not technicians, in mail or the unread list', async () => {
      const technician = await staffAt('technician', 'email');
      const supervisor = await staffAt('supervisor', 'email');
      const created = await newRequest('PRIVATE: coffee spilled on the server rack');
      expect((await outboxTo(supervisor.email)).map((m) => m.text_body).join()).toContain('PRIVATE');
      expect(await outboxTo(technician.email)).toHaveLength(0);
      expect(await bellOf(technician.id, `/office/requests/${created.id}`)).toHaveLength(0);
      expect((await call(technician.cookie, 'GET', `/api/office/requests/${created.id}`)).statusCode).toBe(403);
    });

    it('refuses a technician as assignee with a 400 naming the field, and skips one set as the default', async () => {
      const technician = await staffAt('technician', 'email');
      const created = await newRequest('Assign me to someone who can read me');
      const refused = await call(owner, 'PUT', `/api/office/requests/${created.id}/assignee`, { assigneeId: technician.id });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.fields).toHaveProperty('assigneeId');
      const stored = await inspect(porter.ctx.db).selectFrom('service_requests').select('assignee_id').where('id', '=', created.id).executeTakeFirstOrThrow();
      expect(stored.assignee_id).not.toBe(technician.id);

      await porter.ctx.db.updateTable('tenants').set({ default_request_assignee_id: technician.id }).where('id', '=', tenant.tenantId).execute();
      const defaulted = await newRequest('Who gets me?');
      await porter.ctx.db.updateTable('tenants').set({ default_request_assignee_id: null }).where('id', '=', tenant.tenantId).execute();
      const row = await inspect(porter.ctx.db).selectFrom('service_requests').select('assignee_id').where('id', '=', defaulted.id).executeTakeFirstOrThrow();
      expect(row.assignee_id).not.toBe(technician.id);
      expect(await bellOf(technician.id, `/office/requests/${defaulted.id}`)).toHaveLength(0);
    });

    it('tells the new assignee by the channel they chose, and in their unread list; not someone assigning themselves', async () => {
      const created = await newRequest('Please look at this');
      const link = `/office/requests/${created.id}`;
      const unassignedHere = await staffAt('supervisor', null);
      await call(owner, 'PUT', `/api/office/requests/${created.id}/assignee`, { assigneeId: unassignedHere.id });
      const [mail] = await outboxTo(unassignedHere.email);
      expect(mail!.subject).toContain(`assigned ${created.reference} to you`);
      expect(mail!.text_body).toContain(`http://porter.test${link}`);
      expect(await bellOf(unassignedHere.id, link)).toEqual([expect.objectContaining({ kind: 'request_assigned' })]);

      const texter = await staffAt('manager', 'text');
      const beforeTexts = (await outboxTo('5035550100@vtext.com')).length;
      await call(owner, 'PUT', `/api/office/requests/${created.id}/assignee`, { assigneeId: texter.id });
      const texts = await outboxTo('5035550100@vtext.com');
      expect(texts).toHaveLength(beforeTexts + 1);
      expect(texts.at(-1)!.text_body).toContain(created.reference);
      expect(await outboxTo(texter.email)).toHaveLength(0);

      const before = await outboxCount();
      await call(texter.cookie, 'PUT', `/api/office/requests/${created.id}/assignee`, { assigneeId: unassignedHere.id });
      expect(await outboxCount()).toBe(before + 1);
      await call(unassignedHere.cookie, 'PUT', `/api/office/requests/${created.id}/assignee`, { assigneeId: null }).then((r) => expect(r.statusCode).toBe(403));
      await call(texter.cookie, 'PUT', `/api/office/requests/${created.id}/assignee`, { assigneeId: texter.id });
      expect(await outboxCount()).toBe(before + 1);
    });

    it('sends a customer’s reply to the assignee and the location’s staff by their channel, never to technicians', async () => {
      const created = await newRequest('First message');
      const assignee = await staffAt('supervisor', null);
      await call(owner, 'PUT', `/api/office/requests/${created.id}/assignee`, { assigneeId: assignee.id });
      const technician = await staffAt('technician', 'email');
      const watcher = await staffAt('manager', 'email');
      const reply = await call(contact.cookie, 'POST', `/api/portal/${tenant.slug}/requests/${created.id}/messages`, { body: 'REPLY: it is getting worse' });
      expect(reply.statusCode, reply.body).toBe(200);
      for (const member of [assignee, watcher]) {
        expect((await outboxTo(member.email)).some((m) => m.text_body.includes('REPLY: it is getting worse')), member.email).toBe(true);
      }
      expect(await outboxTo(technician.email)).toHaveLength(0);
      expect(await bellOf(assignee.id, `/office/requests/${created.id}`)).toContainEqual(expect.objectContaining({ kind: 'customer_reply' }));
    });
  });

  describe('opening a request', () => {
    it('GET changes nothing and sends nothing; POST …/open marks it open, once, without emailing the customer', async () => {
      const created = await newRequest('Open me gently');
      const before = await outboxCount();
      const read = await call(owner, 'GET', `/api/office/requests/${created.id}`);
      expect(read.json()).toMatchObject({ status: 'new', messages: [] });
      const row = await inspect(porter.ctx.db).selectFrom('service_requests').select(['status', 'opened_at', 'updated_at']).where('id', '=', created.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'new', opened_at: null });
      expect(await outboxCount()).toBe(before);

      const opened = await call(owner, 'POST', `/api/office/requests/${created.id}/open`);
      expect(opened.statusCode, opened.body).toBe(200);
      expect(opened.json()).toMatchObject({ status: 'open', messages: [{ statusFrom: 'new', statusTo: 'open' }] });
      const again = await call(owner, 'POST', `/api/office/requests/${created.id}/open`);
      expect(again.json().messages).toHaveLength(1);
      expect(await outboxCount()).toBe(before);
      expect((await outboxTo(contact.email)).map((m) => m.subject)).not.toContain(`[${created.reference}] We have opened your request`);
    });

    it('lets supervisors open, refuses technicians (403) and answers 404 to another company', async () => {
      const created = await newRequest('Who may open me?');
      const technician = await staffAt('technician', null);
      expect((await call(technician.cookie, 'POST', `/api/office/requests/${created.id}/open`)).statusCode).toBe(403);
      const otherOwner = await signInStaff(porter, other.ownerEmail);
      expect((await call(otherOwner, 'POST', `/api/office/requests/${created.id}/open`)).statusCode).toBe(404);
      const supervisor = await staffAt('supervisor', null);
      expect((await call(supervisor.cookie, 'POST', `/api/office/requests/${created.id}/open`)).json().status).toBe('open');
    });
  });

  describe('status emails', () => {
    it('are on by default, can be turned off on the account page, and then only replies are emailed', async () => {
      const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
      const cookie = await signInPortal(porter, tenant.slug, user.email);
      const account = (payload: object) => call(cookie, 'PUT', `/api/portal/${tenant.slug}/account`, { name: 'Pat Contact', phone: null, ...payload });
      expect((await call(cookie, 'GET', `/api/portal/${tenant.slug}/me`)).json().user.requestStatusEmails).toBe(true);
      expect((await account({})).json().user.requestStatusEmails).toBe(true);
      const off = await account({ requestStatusEmails: false });
      expect(off.statusCode, off.body).toBe(200);
      expect(off.json().user.requestStatusEmails).toBe(false);
      expect((await account({ name: 'Pat Renamed' })).json().user).toMatchObject({ name: 'Pat Renamed', requestStatusEmails: false });

      const created = await newRequest('Quietly, please', cookie);
      await call(owner, 'POST', `/api/office/requests/${created.id}/open`);
      await call(owner, 'POST', `/api/office/requests/${created.id}/status`, { status: 'in_progress', message: 'On our way.' });
      await call(owner, 'POST', `/api/office/requests/${created.id}/status`, { status: 'pending_confirmation' });
      await call(cookie, 'POST', `/api/portal/${tenant.slug}/requests/${created.id}/confirmation`, { fixed: true });
      expect(await outboxTo(user.email)).toHaveLength(0);
      await call(owner, 'POST', `/api/office/requests/${created.id}/messages`, { body: 'Thanks for confirming.' });
      expect((await outboxTo(user.email)).map((m) => m.text_body).join()).toContain('Thanks for confirming.');

      await account({ requestStatusEmails: true });
      const loud = await newRequest('Tell me everything', cookie);
      expect((await outboxTo(user.email)).map((m) => m.subject)).toContain(`[${loud.reference}] We received your request`);
    });
  });

  describe('files on requests', () => {
    it('never serves a portal user the file of an internal note (404), but does a reply’s', async () => {
      const created = await newRequest('Files please');
      const noteFile = (await upload('/api/office/attachments', owner)).json();
      const replyFile = (await upload('/api/office/attachments', owner)).json();
      await call(owner, 'POST', `/api/office/requests/${created.id}/messages`, { body: 'Internal photo', internal: true, attachmentIds: [noteFile.id] });
      await call(owner, 'POST', `/api/office/requests/${created.id}/messages`, { body: 'Here is a photo', attachmentIds: [replyFile.id] });
      const file = (id: string) => porter.app.inject({ url: `/api/portal/${tenant.slug}/attachments/${id}`, headers: { cookie: contact.cookie } });
      expect((await file(noteFile.id)).statusCode).toBe(404);
      expect((await file(replyFile.id)).statusCode).toBe(200);
    });

    it('lets nobody attach someone else’s upload', async () => {
      const mine = (await upload(`/api/portal/${tenant.slug}/locations/${locationId}/attachments`, contact.cookie)).json();
      const colleague = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
      const colleagueCookie = await signInPortal(porter, tenant.slug, colleague.email);
      const stolen = await call(colleagueCookie, 'POST', `/api/portal/${tenant.slug}/requests`, { locationId, categoryId, text: 'Not my photo', attachmentIds: [mine.id] });
      expect(stolen.statusCode).toBe(400);
      expect(stolen.json().error.fields).toHaveProperty('attachmentIds');
      const created = await newRequest('Office tries too');
      const byOffice = await call(owner, 'POST', `/api/office/requests/${created.id}/messages`, { body: 'Borrowing it', attachmentIds: [mine.id] });
      expect(byOffice.statusCode).toBe(400);
      const staffFile = (await upload('/api/office/attachments', owner)).json();
      const manager = await staffAt('manager', null);
      expect((await call(manager.cookie, 'POST', `/api/office/requests/${created.id}/messages`, { body: 'Not mine either', attachmentIds: [staffFile.id] })).statusCode).toBe(400);
      const reply = await call(contact.cookie, 'POST', `/api/portal/${tenant.slug}/requests/${created.id}/messages`, { body: 'Staff photo?', attachmentIds: [staffFile.id] });
      expect(reply.statusCode).toBe(400);
      const row = await inspect(porter.ctx.db).selectFrom('attachments').select(['owner_id']).where('id', 'in', [mine.id, staffFile.id]).execute();
      expect(row.every((r) => r.owner_id === null)).toBe(true);
    });

    it('refuses uploads where requests are off (404) or the company takes none (403)', async () => {
      const off = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['feedback'] });
      const offUser = await createPortalUser(porter.ctx.db, tenant.tenantId, off.id, off.locationIds);
      const offCookie = await signInPortal(porter, tenant.slug, offUser.email);
      expect((await upload(`/api/portal/${tenant.slug}/locations/${off.locationIds[0]}/attachments`, offCookie)).statusCode).toBe(404);
      const portalOff = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: false, features: ['serviceRequests'] });
      const portalOffUser = await createPortalUser(porter.ctx.db, tenant.tenantId, portalOff.id, portalOff.locationIds);
      const portalOffCookie = await signInPortal(porter, tenant.slug, portalOffUser.email);
      expect((await upload(`/api/portal/${tenant.slug}/locations/${portalOff.locationIds[0]}/attachments`, portalOffCookie)).statusCode).toBe(404);

      await porter.ctx.db.updateTable('tenants').set({ requests_allowed: false }).where('id', '=', tenant.tenantId).execute();
      const refused = await upload(`/api/portal/${tenant.slug}/locations/${locationId}/attachments`, contact.cookie);
      await porter.ctx.db.updateTable('tenants').set({ requests_allowed: true }).where('id', '=', tenant.tenantId).execute();
      expect(refused.statusCode).toBe(403);
      const stored = await inspect(porter.ctx.db).selectFrom('attachments').select('id').where('uploaded_by_id', 'in', [offUser.id, portalOffUser.id]).execute();
      expect(stored).toEqual([]);
    });
  });

  describe('roles', () => {
    it('ends a view-as session once the viewer is no longer a manager', async () => {
      const manager = await staffAt('manager', null);
      const opened = await call(manager.cookie, 'POST', `/api/office/locations/${locationId}/view-as`, { portalUserId: contact.id });
      expect(opened.statusCode, opened.body).toBe(200);
      const viewCookie = cookieFrom(opened);
      const me = () => porter.app.inject({ url: `/api/portal/${tenant.slug}/me`, headers: { cookie: viewCookie } });
      expect((await me()).statusCode).toBe(200);
      await inspect(porter.ctx.db).updateTable('staff_users').set({ role: 'supervisor' }).where('id', '=', manager.id).execute();
      expect((await me()).statusCode).toBe(401);
      await inspect(porter.ctx.db).updateTable('staff_users').set({ role: 'manager' }).where('id', '=', manager.id).execute();
      // The session was ended, not merely refused once.
      expect((await me()).statusCode).toBe(401);
    });

    it('ends a view-as session once the viewer is deactivated', async () => {
      const manager = await staffAt('manager', null);
      const opened = await call(manager.cookie, 'POST', `/api/office/locations/${locationId}/view-as`, { portalUserId: contact.id });
      const viewCookie = cookieFrom(opened);
      const me = () => porter.app.inject({ url: `/api/portal/${tenant.slug}/me`, headers: { cookie: viewCookie } });
      expect((await me()).statusCode).toBe(200);
      await inspect(porter.ctx.db).updateTable('staff_users').set({ deactivated_at: new Date().toISOString() }).where('id', '=', manager.id).execute();
      expect((await me()).statusCode).toBe(401);
    });

    it('refuses supervisors assigning requests (403)', async () => {
      const created = await newRequest('Supervisor, hands off');
      const supervisor = await staffAt('supervisor', null);
      const response = await call(supervisor.cookie, 'PUT', `/api/office/requests/${created.id}/assignee`, { assigneeId: supervisor.id });
      expect(response.statusCode).toBe(403);
      const row = await inspect(porter.ctx.db).selectFrom('service_requests').select('assignee_id').where('id', '=', created.id).executeTakeFirstOrThrow();
      expect(row.assignee_id).not.toBe(supervisor.id);
    });
  });
});
