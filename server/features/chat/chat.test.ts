import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatNoticeQuietMinutes, maxChatTextLength } from '../../../shared/features/chat/chat.contract.ts';
import type { NotificationStyle } from '../../../shared/features/locations/locations.contract.ts';
import type { StaffRole } from '../../../shared/roles.ts';
import type { LiveEvent } from '../../platform/events/event-bus.ts';
import { markPresent } from '../../platform/events/presence.ts';
import { newId } from '../../lib/ids.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';

type Method = 'GET' | 'POST' | 'DELETE';
type Message = { id: string; from: string; senderName: string; mine: boolean; text: string; removed: boolean; photos: { url: string; thumbnailUrl: string | null }[] };

function multipart(filename: string, data: Buffer) {
  const boundary = `----chat${newId()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return { payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

// A photo as a phone takes it: with EXIF, the camera and where it was taken.
const phonePhoto = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#4a7' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneCo', Model: 'Snapper 9' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 40/1 0/1' } })
    .toBuffer();

describe.each(testDialects())('chat on %s', (kind) => {
  let porter: TestPorter;
  const clock = testClock(new Date('2026-12-04T09:00:00.000Z'));
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  const events: LiveEvent[] = [];

  const call = (cookie: string, method: Method, url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const db = () => inspect(porter.ctx.db);

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now });
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    await db().updateTable('tenants').set({ portal_enabled: true }).where('id', 'in', [tenant.tenantId, other.tenantId]).execute();
    porter.ctx.events.subscribe((event) => events.push(event));
  });
  afterAll(() => porter.close());

  /** A customer with two portal locations, a portal user of the first only, and staff by role. */
  async function scene(options: { assign?: { role: StaffRole; trained?: boolean; style?: NotificationStyle }[] } = {}) {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, locations: 2 });
    const [locationId, secondId] = customer.locationIds as [string, string];
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId as TenantId, customer.id, [locationId]);
    const portal = await signInPortal(porter, tenant.slug, user.email);
    const staff: { id: string; email: string; role: StaffRole; cookie: string }[] = [];
    for (const assignment of options.assign ?? []) {
      const member = await createStaff(porter.ctx.db, tenant.tenantId, assignment.role);
      await db()
        .insertInto('staff_location_assignments')
        .values({ tenant_id: tenant.tenantId, location_id: locationId, staff_user_id: member.id, assigned: true, trained: assignment.trained ?? true, notification_style: assignment.style ?? 'email' })
        .execute();
      staff.push({ ...member, role: assignment.role, cookie: await signInStaff(porter, member.email) });
    }
    const portalChat = `/api/portal/${tenant.slug}/locations/${locationId}/chat`;
    const officeChat = `/api/office/locations/${locationId}/chat`;
    return { customer, locationId, secondId, user, portal, staff, portalChat, officeChat };
  }

  const owner = () => signInStaff(porter, tenant.ownerEmail);
  const mailTo = (address: string) => db().selectFrom('outbox_emails').select(['subject', 'text_body']).where('to_address', '=', address).execute();

  it('carries text both ways, live, with unread counts on both sides until each reads', async () => {
    const { portal, staff, portalChat, officeChat, locationId } = await scene({ assign: [{ role: 'manager' }] });
    const manager = staff[0]!;
    events.length = 0;

    const sent = await call(portal, 'POST', `${portalChat}/messages`, { text: '  The lobby door sticks.  ' });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ from: 'customer', senderName: 'Pat Contact', mine: true, text: 'The lobby door sticks.', removed: false, photos: [] });
    // On PostgreSQL the event comes back through LISTEN/NOTIFY, a moment later.
    await expect.poll(() => events).toContainEqual({ tenantId: tenant.tenantId, topic: 'chat', locationId, id: sent.json().id });

    expect((await call(manager.cookie, 'GET', '/api/office/chat/unread')).json()).toEqual({ total: 1, byLocation: { [locationId]: 1 } });
    const list = (await call(manager.cookie, 'GET', '/api/office/chat')).json();
    expect(list).toMatchObject({ total: 1, items: [{ locationId, unread: 1, lastMessage: { from: 'customer', text: 'The lobby door sticks.', removed: false } }] });
    const thread = (await call(manager.cookie, 'GET', officeChat)).json();
    expect(thread.unread).toBe(1);
    expect(thread.messages.map((m: Message) => [m.from, m.mine, m.text])).toEqual([['customer', false, 'The lobby door sticks.']]);

    expect((await call(manager.cookie, 'POST', `${officeChat}/read`)).statusCode).toBe(204);
    expect((await call(manager.cookie, 'GET', '/api/office/chat/unread')).json()).toEqual({ total: 0, byLocation: {} });

    clock.advance(1000);
    const answer = await call(manager.cookie, 'POST', `${officeChat}/messages`, { text: 'We will fix it tonight.' });
    expect(answer.statusCode).toBe(201);
    expect((await call(portal, 'GET', `/api/portal/${tenant.slug}/chat/unread`)).json()).toEqual({ total: 1, byLocation: { [locationId]: 1 } });
    const seen = (await call(portal, 'GET', portalChat)).json();
    expect(seen.messages.map((m: Message) => [m.from, m.mine, m.senderName, m.text])).toEqual([
      ['customer', true, 'Pat Contact', 'The lobby door sticks.'],
      ['company', false, 'A manager', 'We will fix it tonight.'],
    ]);
    await call(portal, 'POST', `${portalChat}/read`);
    expect((await call(portal, 'GET', `/api/portal/${tenant.slug}/chat/unread`)).json().total).toBe(0);
    // The manager's own answer is not unread for them.
    expect((await call(manager.cookie, 'GET', '/api/office/chat/unread')).json().total).toBe(0);
  });

  it('pages back through older messages', async () => {
    const { portal, portalChat } = await scene();
    for (let i = 1; i <= 5; i++) {
      clock.advance(1000);
      await call(portal, 'POST', `${portalChat}/messages`, { text: `Message ${i}` });
    }
    const newest = (await call(portal, 'GET', `${portalChat}?limit=2`)).json();
    expect(newest.messages.map((m: Message) => m.text)).toEqual(['Message 4', 'Message 5']);
    expect(newest.hasOlder).toBe(true);
    const older = (await call(portal, 'GET', `${portalChat}?limit=3&before=${newest.messages[0].id}`)).json();
    expect(older.messages.map((m: Message) => m.text)).toEqual(['Message 1', 'Message 2', 'Message 3']);
    expect(older.hasOlder).toBe(false);
  });

  it('refuses an empty message and a too long one, naming the field', async () => {
    const { portal, portalChat } = await scene();
    const empty = await call(portal, 'POST', `${portalChat}/messages`, { text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toHaveProperty('text');
    const long = await call(portal, 'POST', `${portalChat}/messages`, { text: 'x'.repeat(maxChatTextLength + 1) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields).toHaveProperty('text');
    expect((await call(portal, 'POST', `${portalChat}/messages`, { text: 'x'.repeat(maxChatTextLength) })).statusCode).toBe(201);
    const unknownPhoto = await call(portal, 'POST', `${portalChat}/messages`, { text: 'See photo', photoIds: [newId()] });
    expect(unknownPhoto.statusCode).toBe(400);
    expect(unknownPhoto.json().error.fields).toHaveProperty('attachmentIds');
  });

  it('sends photos without their metadata, refuses what is not a photo, and serves them only to the conversation', async () => {
    const { portal, staff, portalChat, officeChat } = await scene({ assign: [{ role: 'manager' }, { role: 'technician' }] });
    const [manager, technician] = staff as [(typeof staff)[0], (typeof staff)[0]];
    const pdf = multipart('menu.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'));
    const refused = await porter.app.inject({ method: 'POST', url: `${portalChat}/photos`, headers: { cookie: portal, 'content-type': pdf.contentType }, payload: pdf.payload });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toHaveProperty('file');

    const form = multipart('IMG_0001.jpg', await phonePhoto());
    const upload = await porter.app.inject({ method: 'POST', url: `${portalChat}/photos`, headers: { cookie: portal, 'content-type': form.contentType }, payload: form.payload });
    expect(upload.statusCode).toBe(201);
    const sent = (await call(portal, 'POST', `${portalChat}/messages`, { photoIds: [upload.json().id] })).json() as Message;
    expect(sent.text).toBe('');
    expect(sent.photos).toHaveLength(1);

    const officePhoto = (await call(manager.cookie, 'GET', officeChat)).json().messages.at(-1).photos[0];
    const served = await porter.app.inject({ url: officePhoto.url, headers: { cookie: manager.cookie } });
    expect(served.statusCode).toBe(200);
    const metadata = await sharp(served.rawPayload).metadata();
    expect(metadata.exif).toBeUndefined();
    expect((await porter.app.inject({ url: sent.photos[0]!.url, headers: { cookie: portal } })).statusCode).toBe(200);
    expect((await porter.app.inject({ url: `${sent.photos[0]!.url}?size=thumbnail`, headers: { cookie: portal } })).statusCode).toBe(200);
    expect((await porter.app.inject({ url: officePhoto.url, headers: { cookie: technician.cookie } })).statusCode).toBe(404);

    // Another customer's portal user, and another company, never get it.
    const stranger = await scene();
    expect((await porter.app.inject({ url: sent.photos[0]!.url, headers: { cookie: stranger.portal } })).statusCode).toBe(404);
    expect((await porter.app.inject({ url: officePhoto.url, headers: { cookie: await signInStaff(porter, other.ownerEmail) } })).statusCode).toBe(404);
  });

  it('lets only supervisors and up who are assigned and trained take part; technicians get 404 everywhere and hear nothing', async () => {
    const { portal, staff, portalChat, officeChat, locationId } = await scene({
      assign: [{ role: 'technician' }, { role: 'manager', trained: false }, { role: 'supervisor' }, { role: 'manager' }],
    });
    const [technician, untrained, supervisor, manager] = staff as [(typeof staff)[0], (typeof staff)[0], (typeof staff)[0], (typeof staff)[0]];
    const sent = (await call(portal, 'POST', `${portalChat}/messages`, { text: 'Hello' })).json() as Message;
    const elsewhere = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    const unassigned = await signInStaff(porter, elsewhere.email);
    const admin = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'admin')).email);

    for (const cookie of [technician.cookie, untrained.cookie, unassigned]) {
      expect((await call(cookie, 'GET', officeChat)).statusCode).toBe(404);
      expect((await call(cookie, 'POST', `${officeChat}/messages`, { text: 'Hi' })).statusCode).toBe(404);
      expect((await call(cookie, 'POST', `${officeChat}/read`)).statusCode).toBe(404);
      expect((await call(cookie, 'DELETE', `/api/office/chat/messages/${sent.id}`)).statusCode).toBe(404);
    }
    for (const url of ['/api/office/chat', '/api/office/chat/unread']) expect((await call(technician.cookie, 'GET', url)).statusCode).toBe(404);
    expect((await call(unassigned, 'GET', '/api/office/chat')).json().items).toEqual([]);
    expect((await call(untrained.cookie, 'GET', '/api/office/chat/unread')).json().total).toBe(0);

    for (const cookie of [supervisor.cookie, manager.cookie, admin, await owner()]) {
      expect((await call(cookie, 'GET', officeChat)).statusCode).toBe(200);
      expect((await call(cookie, 'GET', '/api/office/chat')).json().items.map((c: { locationId: string }) => c.locationId)).toContain(locationId);
    }
  });

  it('tells the assigned and trained staff by the way each chose, and the admins and owners when nobody is', async () => {
    const fallback = await scene({ assign: [{ role: 'technician' }, { role: 'manager', trained: false }] });
    const admin = await createStaff(porter.ctx.db, tenant.tenantId, 'admin');
    await call(fallback.portal, 'POST', `${fallback.portalChat}/messages`, { text: 'Anyone there?' });
    for (const address of [tenant.ownerEmail, admin.email]) {
      const [mail] = (await mailTo(address)).filter((m) => m.subject.includes(fallback.customer.id) || m.text_body.includes('Anyone there?'));
      expect(mail, address).toMatchObject({ subject: expect.stringContaining('New chat message from Pat Contact') });
      expect(mail!.text_body).toContain(`http://porter.test/office/chat/${fallback.locationId}`);
    }
    expect(await mailTo(fallback.staff[0]!.email)).toEqual([]);
    expect(await mailTo(fallback.staff[1]!.email)).toEqual([]);

    const looked = await scene({ assign: [{ role: 'manager' }, { role: 'supervisor', style: 'none' }] });
    const ownerMailBefore = (await mailTo(tenant.ownerEmail)).length;
    await call(looked.portal, 'POST', `${looked.portalChat}/messages`, { text: 'Photo of the spill to follow' });
    expect((await mailTo(looked.staff[0]!.email)).map((m) => m.text_body.includes('Photo of the spill to follow'))).toEqual([true]);
    expect(await mailTo(looked.staff[1]!.email)).toEqual([]);
    expect(await mailTo(tenant.ownerEmail)).toHaveLength(ownerMailBefore);
  });

  it(`tells someone away at most once per conversation in ${chatNoticeQuietMinutes} minutes, and nobody with an office page open`, async () => {
    const { portal, staff, portalChat } = await scene({ assign: [{ role: 'manager' }, { role: 'supervisor' }] });
    const [manager, supervisor] = staff as [(typeof staff)[0], (typeof staff)[0]];
    // The supervisor's office page stays open: its heartbeat refreshes the presence before each message.
    const stream = newId();
    const heartbeat = () => markPresent(porter.ctx.db, tenant.tenantId, supervisor.id, stream, clock.now());
    const say = async (text: string, online = true) => {
      if (online) await heartbeat();
      return call(portal, 'POST', `${portalChat}/messages`, { text });
    };

    await say('First');
    clock.advance(chatNoticeQuietMinutes * 60_000 - 1);
    await say('Second, just inside the quiet time');
    expect((await mailTo(manager.email)).map((m) => m.text_body.split('\n')[2])).toEqual(['First']);
    clock.advance(1);
    await say('Third, fifteen minutes after the first notice');
    expect((await mailTo(manager.email)).map((m) => m.text_body.split('\n')[2])).toEqual(['First', 'Third, fifteen minutes after the first notice']);
    expect(await mailTo(supervisor.email)).toEqual([]);

    // An hour on, the supervisor's page has closed without a goodbye: its heartbeat stopped.
    clock.advance(60 * 60_000);
    await say('Fourth', false);
    expect((await mailTo(supervisor.email)).map((m) => m.text_body.split('\n')[2])).toEqual(['Fourth']);
  });

  it('lets the office remove a customer’s message: “message removed” for everyone, the audit log keeps who and when', async () => {
    const { portal, staff, portalChat, officeChat, locationId } = await scene({ assign: [{ role: 'supervisor' }] });
    const supervisor = staff[0]!;
    const form = multipart('spill.jpg', await phonePhoto());
    const upload = (await porter.app.inject({ method: 'POST', url: `${portalChat}/photos`, headers: { cookie: portal, 'content-type': form.contentType }, payload: form.payload })).json();
    const sent = (await call(portal, 'POST', `${portalChat}/messages`, { text: 'Something rude', photoIds: [upload.id] })).json() as Message;
    const answer = (await call(supervisor.cookie, 'POST', `${officeChat}/messages`, { text: 'Our answer' })).json() as Message;

    // Customers cannot delete or edit what they sent: there is no such route for them.
    expect((await call(portal, 'DELETE', `${portalChat}/messages/${sent.id}`)).statusCode).toBe(404);
    expect((await call(supervisor.cookie, 'DELETE', `/api/office/chat/messages/${answer.id}`)).statusCode).toBe(409);

    events.length = 0;
    expect((await call(supervisor.cookie, 'DELETE', `/api/office/chat/messages/${sent.id}`)).statusCode).toBe(204);
    await expect.poll(() => events).toContainEqual({ tenantId: tenant.tenantId, topic: 'chat', locationId, id: sent.id });
    for (const [cookie, url] of [[portal, portalChat], [supervisor.cookie, officeChat]] as const) {
      const [removed] = (await call(cookie, 'GET', url)).json().messages as Message[];
      expect(removed).toMatchObject({ id: sent.id, removed: true, text: '', photos: [] });
    }
    expect((await porter.app.inject({ url: sent.photos[0]!.url, headers: { cookie: portal } })).statusCode).toBe(404);
    const audit = await db().selectFrom('audit_events').selectAll().where('action', '=', 'chat_message.removed').where('subject', '=', sent.id).execute();
    expect(audit).toMatchObject([{ tenant_id: tenant.tenantId, actor_kind: 'staff', actor_id: supervisor.id }]);
    expect((await call(supervisor.cookie, 'DELETE', `/api/office/chat/messages/${sent.id}`)).statusCode).toBe(204);
    expect(await db().selectFrom('audit_events').select('id').where('subject', '=', sent.id).execute()).toHaveLength(1);
  });

  it('answers 404 for another company’s or another customer’s conversation, and changes nothing', async () => {
    const mine = await scene({ assign: [{ role: 'manager' }] });
    const theirs = await scene();
    const sent = (await call(mine.portal, 'POST', `${mine.portalChat}/messages`, { text: 'Ours alone' })).json() as Message;
    const otherOwner = await signInStaff(porter, other.ownerEmail);

    expect((await call(otherOwner, 'GET', mine.officeChat)).statusCode).toBe(404);
    expect((await call(otherOwner, 'POST', `${mine.officeChat}/messages`, { text: 'Theirs' })).statusCode).toBe(404);
    expect((await call(otherOwner, 'POST', `${mine.officeChat}/read`)).statusCode).toBe(404);
    expect((await call(otherOwner, 'DELETE', `/api/office/chat/messages/${sent.id}`)).statusCode).toBe(404);
    expect((await call(otherOwner, 'GET', '/api/office/chat')).json().total).toBe(0);
    expect((await call(otherOwner, 'GET', '/api/office/chat/unread')).json().total).toBe(0);
    const form = multipart('a.jpg', await phonePhoto());
    expect((await porter.app.inject({ method: 'POST', url: `${mine.officeChat}/photos`, headers: { cookie: otherOwner, 'content-type': form.contentType }, payload: form.payload })).statusCode).toBe(404);

    // Another customer's portal user, and the same portal user at a location not granted to them.
    const theirChat = `/api/portal/${tenant.slug}/locations/${mine.locationId}/chat`;
    const notGranted = `/api/portal/${tenant.slug}/locations/${mine.secondId}/chat`;
    for (const [cookie, url] of [[theirs.portal, theirChat], [mine.portal, notGranted]] as const) {
      expect((await call(cookie, 'GET', url)).statusCode).toBe(404);
      expect((await call(cookie, 'POST', `${url}/messages`, { text: 'Sneaking in' })).statusCode).toBe(404);
      expect((await call(cookie, 'POST', `${url}/read`)).statusCode).toBe(404);
      expect((await porter.app.inject({ method: 'POST', url: `${url}/photos`, headers: { cookie, 'content-type': form.contentType }, payload: form.payload })).statusCode).toBe(404);
    }
    expect((await call(theirs.portal, 'GET', `/api/portal/${tenant.slug}/chat/unread`)).json().total).toBe(0);
    // A portal session of one company on another company's portal is not signed in there.
    expect((await call(mine.portal, 'GET', `/api/portal/${other.slug}/locations/${mine.locationId}/chat`)).statusCode).toBe(401);
    expect((await call(mine.portal, 'GET', mine.portalChat)).json().messages.map((m: Message) => m.text)).toEqual(['Ours alone']);
    expect((await porter.app.inject({ url: mine.officeChat })).statusCode).toBe(401);
  });
});
