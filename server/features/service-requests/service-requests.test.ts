import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, cookieFrom, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };

function multipart(filename: string, type: string, data: Buffer) {
  const boundary = '----porter-request-test';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`);
  return { payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe.each(testDialects())('service requests on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let customer: Awaited<ReturnType<typeof createCustomer>>;
  let contact: Awaited<ReturnType<typeof createPortalUser>> & { cookie: string };
  let owner: string;
  let managerId: string;
  let categoryId: string;
  let serviceId: string;

  const signIn = (email: string) => signInStaff(porter, email);
  const portalSignIn = (slug: string, email: string) => signInPortal(porter, slug, email);
  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const outbox = () => inspect(porter.ctx.db).selectFrom('outbox_emails').selectAll().orderBy('created_at').execute();

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db, { name: 'Tidy Co' });
    other = await createTenant(porter.ctx.db);
    owner = await signIn(tenant.ownerEmail);
    customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 2, portal: true, features: ['serviceRequests', 'elapsedTime'] });
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    contact = { ...user, cookie: await portalSignIn(tenant.slug, user.email) };
    const manager = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    managerId = manager.id;
    await call(owner, 'PUT', `/api/office/locations/${customer.locationIds[0]}/assignments/${manager.id}`, { assigned: true, trained: true, notificationStyle: 'email' });
    categoryId = (await call(owner, 'POST', '/api/office/request-categories', { name: 'Missed cleaning' })).json().id;
    serviceId = (await call(owner, 'POST', '/api/office/services', { name: 'Window washing', locationIds: [customer.locationIds[0]] })).json().id;
  });
  afterAll(() => porter.close());

  const createRequest = (payload: object, cookie = contact.cookie) => call(cookie, 'POST', `/api/portal/${tenant.slug}/requests`, { locationId: customer.locationIds[0], ...payload });

  it('offers only services assigned to the location, active and visible; "all locations" covers later ones', async () => {
    const options = (id: string) => call(contact.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${id}/request-options`);
    expect((await options(customer.locationIds[0]!)).json().services.map((s: { name: string }) => s.name)).toEqual(['Window washing']);
    expect((await options(customer.locationIds[1]!)).json().services).toEqual([]);
    await call(owner, 'POST', '/api/office/services', { name: 'Carpet shampoo', allLocations: true });
    await call(owner, 'POST', '/api/office/services', { name: 'Hidden service', allLocations: true, visibleInPortal: false });
    const later = await call(owner, 'POST', `/api/office/customers/${customer.id}/locations`, { name: 'New wing', address: '1 Wing Rd', timeZone: 'UTC' });
    await call(owner, 'PUT', `/api/office/locations/${later.json().id}/portal`, { portalEnabled: true, features: { serviceRequests: true, elapsedTime: false, supplyRequests: false, feedback: false, qualityChecks: false, whosWorking: false, fileStorage: false } });
    await porter.ctx.db.insertInto('portal_user_locations').values({ tenant_id: tenant.tenantId, portal_user_id: contact.id, location_id: later.json().id }).execute();
    expect((await options(later.json().id)).json()).toMatchObject({ services: [{ name: 'Carpet shampoo' }], categories: [{ name: 'Missed cleaning' }], requestsAllowed: true });
  });

  it('refuses to assign an inactive service', async () => {
    const response = await call(owner, 'POST', '/api/office/services', { name: 'Pressure washing', active: false, locationIds: [customer.locationIds[0]] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('active');
    const created = (await call(owner, 'POST', '/api/office/services', { name: 'Seasonal', locationIds: [customer.locationIds[0]] })).json();
    const deactivated = await call(owner, 'PUT', `/api/office/services/${created.id}`, { name: 'Seasonal', active: false, locationIds: [customer.locationIds[0]] });
    expect(deactivated.statusCode).toBe(400);
    const options = await call(contact.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${customer.locationIds[0]}/request-options`);
    expect(options.json().services.map((s: { name: string }) => s.name)).not.toContain('Pressure washing');
  });

  it('opens a request with a reference, assigns it, tells assigned-and-trained staff and the office, and confirms to the customer', async () => {
    const before = (await outbox()).length;
    const response = await createRequest({ serviceId, text: 'Front windows are streaky after the rain.' });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ reference: `SR-${new Date().getUTCFullYear()}-0001`, subject: 'Window washing', status: 'new', showElapsedTime: true });
    const second = (await createRequest({ categoryId, text: 'Bins were not emptied on Tuesday.' })).json();
    expect(second.reference).toBe(`SR-${new Date().getUTCFullYear()}-0002`);

    const row = await inspect(porter.ctx.db).selectFrom('service_requests').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ assignee_id: managerId, customer_id: customer.id, portal_user_id: contact.id });
    const mails = (await outbox()).slice(before);
    const manager = await inspect(porter.ctx.db).selectFrom('staff_users').select('email').where('id', '=', managerId).executeTakeFirstOrThrow();
    expect(mails.filter((m) => m.to_address === manager.email)).toHaveLength(2);
    expect(mails.filter((m) => m.to_address === contact.email).map((m) => m.subject)).toContain(`[${created.reference}] We received your request`);
    const unread = await inspect(porter.ctx.db).selectFrom('staff_notifications').select(['staff_user_id', 'kind']).where('link', '=', `/office/requests/${created.id}`).execute();
    expect(unread.map((n) => n.staff_user_id).sort()).toEqual([managerId, tenant.ownerId].sort());
  });

  it('refuses text of 500 characters or more, a service not offered here, and neither or both of service and category', async () => {
    const long = await createRequest({ categoryId, text: 'x'.repeat(500) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields.text).toMatch(/under 500 characters/);
    expect((await createRequest({ categoryId, text: 'y'.repeat(499) })).statusCode).toBe(201);
    const elsewhere = await createRequest({ serviceId, text: 'Please', locationId: customer.locationIds[1] });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.fields).toHaveProperty('serviceId');
    expect((await createRequest({ text: 'Neither' })).json().error.fields).toHaveProperty('serviceId');
    expect((await createRequest({ serviceId, categoryId, text: 'Both' })).statusCode).toBe(400);
  });

  it('answers 404 when the location’s service-request feature is off, and refuses when the company takes no requests', async () => {
    const off = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['feedback'] });
    const offUser = await createPortalUser(porter.ctx.db, tenant.tenantId, off.id, off.locationIds);
    const cookie = await portalSignIn(tenant.slug, offUser.email);
    expect((await createRequest({ categoryId, text: 'Hello', locationId: off.locationIds[0] }, cookie)).statusCode).toBe(404);
    expect((await call(cookie, 'GET', `/api/portal/${tenant.slug}/locations/${off.locationIds[0]}/requests`)).statusCode).toBe(404);

    await porter.ctx.db.updateTable('tenants').set({ requests_allowed: false, show_closed_requests: false }).where('id', '=', tenant.tenantId).execute();
    const refused = await createRequest({ categoryId, text: 'Hello' });
    expect(refused.statusCode).toBe(403);
    const list = (await call(contact.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${customer.locationIds[0]}/requests`)).json();
    expect(list).toMatchObject({ canSubmit: false });
    expect(list.items.length).toBeGreaterThan(0);
    const closed = (await call(contact.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${customer.locationIds[0]}/requests?list=closed`)).json();
    expect(closed).toEqual({ items: null, nextCursor: null, canSubmit: false });
    await porter.ctx.db.updateTable('tenants').set({ requests_allowed: true, show_closed_requests: true }).where('id', '=', tenant.tenantId).execute();
  });

  it('walks the whole lifecycle, emailing the customer at each step but the opening, and refuses moves out of turn', async () => {
    const created = (await createRequest({ categoryId, text: 'Restroom mirror is cracked.' })).json();
    const inbox = async () => (await call(owner, 'GET', '/api/office/requests?status=all&pageSize=100')).json();
    expect((await inbox()).newCount).toBeGreaterThan(0);
    const newBefore = (await inbox()).newCount;

    const opened = await call(owner, 'POST', `/api/office/requests/${created.id}/open`);
    expect(opened.json()).toMatchObject({ status: 'open', allowedTransitions: ['in_progress', 'closed'] });
    expect((await inbox()).newCount).toBe(newBefore - 1);

    const skip = await call(owner, 'POST', `/api/office/requests/${created.id}/status`, { status: 'pending_confirmation' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toBe('This request is open, so it cannot be sent for confirmation now.');
    const noUpdate = await call(owner, 'POST', `/api/office/requests/${created.id}/status`, { status: 'in_progress' });
    expect(noUpdate.json().error.fields).toHaveProperty('message');
    const customerTooEarly = await call(contact.cookie, 'POST', `/api/portal/${tenant.slug}/requests/${created.id}/confirmation`, { fixed: true });
    expect(customerTooEarly.statusCode).toBe(409);

    await call(owner, 'POST', `/api/office/requests/${created.id}/status`, { status: 'in_progress', message: 'A glazier comes on Thursday.' });
    await call(owner, 'POST', `/api/office/requests/${created.id}/status`, { status: 'pending_confirmation' });
    const notFixed = await call(contact.cookie, 'POST', `/api/portal/${tenant.slug}/requests/${created.id}/confirmation`, { fixed: false, comment: 'Still cracked in the corner.' });
    expect(notFixed.json().status).toBe('in_progress');
    await call(owner, 'POST', `/api/office/requests/${created.id}/status`, { status: 'pending_confirmation', message: 'Replaced the whole pane.' });
    const fixed = await call(contact.cookie, 'POST', `/api/portal/${tenant.slug}/requests/${created.id}/confirmation`, { fixed: true });
    expect(fixed.json()).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
    expect((await call(owner, 'POST', `/api/office/requests/${created.id}/status`, { status: 'closed', message: 'x' })).statusCode).toBe(409);

    const subjects = (await outbox()).filter((m) => m.to_address === contact.email && m.subject.startsWith(`[${created.reference}]`)).map((m) => m.subject.replace(`[${created.reference}] `, ''));
    expect(subjects).toEqual([
      'We received your request',
      'Your request is in progress',
      'Please confirm the problem is fixed',
      'Your request is in progress',
      'Please confirm the problem is fixed',
      'Your request is resolved',
    ]);
    const timeline = (await call(contact.cookie, 'GET', `/api/portal/${tenant.slug}/requests/${created.id}`)).json().messages.map((m: { statusTo: string | null }) => m.statusTo);
    expect(timeline).toEqual(['open', 'in_progress', 'pending_confirmation', 'in_progress', 'pending_confirmation', 'resolved']);
  });

  it('closes a request outright with a reason, and refuses a reply on it', async () => {
    const created = (await createRequest({ categoryId, text: 'Duplicate of another request.' })).json();
    expect((await call(owner, 'POST', `/api/office/requests/${created.id}/status`, { status: 'closed' })).json().error.fields).toHaveProperty('message');
    const closed = await call(owner, 'POST', `/api/office/requests/${created.id}/status`, { status: 'closed', message: 'Same as SR-0001.' });
    expect(closed.json()).toMatchObject({ status: 'closed', closeReason: 'Same as SR-0001.', allowedTransitions: [] });
    const reply = await call(contact.cookie, 'POST', `/api/portal/${tenant.slug}/requests/${created.id}/messages`, { body: 'Hello?' });
    expect(reply.statusCode).toBe(409);
  });

  it('never shows internal notes in any portal response, and emails replies but not notes', async () => {
    const created = (await createRequest({ categoryId, text: 'Door mat missing.' })).json();
    await call(owner, 'POST', `/api/office/requests/${created.id}/messages`, { body: 'SECRET: the night crew took it', internal: true });
    await call(owner, 'POST', `/api/office/requests/${created.id}/messages`, { body: 'We will bring a new mat tomorrow.' });
    await call(contact.cookie, 'POST', `/api/portal/${tenant.slug}/requests/${created.id}/messages`, { body: 'Thank you!' });
    const responses = [
      await call(contact.cookie, 'GET', `/api/portal/${tenant.slug}/requests/${created.id}`),
      await call(contact.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${customer.locationIds[0]}/requests`),
      await call(contact.cookie, 'POST', `/api/portal/${tenant.slug}/requests/${created.id}/messages`, { body: 'One more thing' }),
    ];
    for (const response of responses) expect(response.body).not.toContain('SECRET');
    expect(responses[0]!.json().messages.map((m: { body: string }) => m.body)).toEqual(['We will bring a new mat tomorrow.', 'Thank you!']);
    const office = (await call(owner, 'GET', `/api/office/requests/${created.id}`)).json();
    expect(office.messages.find((m: { internal: boolean }) => m.internal).body).toContain('SECRET');
    const mails = (await outbox()).filter((m) => m.to_address === contact.email);
    expect(mails.some((m) => m.text_body.includes('SECRET'))).toBe(false);
    expect(mails.some((m) => m.text_body.includes('We will bring a new mat tomorrow.'))).toBe(true);
    const assigneeNotices = await inspect(porter.ctx.db).selectFrom('staff_notifications').select('kind').where('staff_user_id', '=', managerId).where('kind', '=', 'customer_reply').execute();
    expect(assigneeNotices.length).toBeGreaterThanOrEqual(2);
  });

  it('has no way to edit or delete a message', async () => {
    const created = (await createRequest({ categoryId, text: 'Fixed in stone.' })).json();
    // No route reaches one message of a request; the chat's office removal is the only message route with an id.
    const paths = Object.keys((await porter.app.inject({ url: '/api/openapi.json' })).json().paths as Record<string, unknown>);
    expect(paths.filter((path) => /\/messages\/\{/.test(path))).toEqual(['/api/office/chat/messages/{messageId}']);
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const response = await porter.app.inject({ method, url: `/api/office/requests/${created.id}/messages`, headers: { cookie: owner } });
      expect(response.statusCode).toBe(404);
    }
  });

  it('filters, sorts and pages the inbox', async () => {
    const q = async (query: string) => (await call(owner, 'GET', `/api/office/requests?${query}`)).json();
    expect((await q(`status=all&customerId=${customer.id}&pageSize=2`)).items).toHaveLength(2);
    expect((await q(`status=resolved`)).items.every((r: { status: string }) => r.status === 'resolved')).toBe(true);
    expect((await q(`status=all&assigneeId=none`)).items.every((r: { assigneeId: string | null }) => r.assigneeId === null)).toBe(true);
    expect((await q(`status=all&assigneeId=${managerId}`)).items.length).toBeGreaterThan(0);
    expect((await q(`status=all&serviceId=${serviceId}`)).items.every((r: { subject: string }) => r.subject === 'Window washing')).toBe(true);
    expect((await q(`status=all&categoryId=${categoryId}`)).items.every((r: { subject: string }) => r.subject === 'Missed cleaning')).toBe(true);
    expect((await q('status=all&olderThanDays=2')).items).toEqual([]);
    expect((await q('status=all&q=mirror')).items.map((r: { text: string }) => r.text)).toEqual(['Restroom mirror is cracked.']);
    const oldest = (await q('status=all&sort=oldest&pageSize=1')).items[0];
    expect(oldest.reference).toMatch(/-0001$/);
    const bad = await call(owner, 'GET', '/api/office/requests?status=maybe');
    expect(bad.json().error.fields).toHaveProperty('status');
  });

  it('assigns to staff of the company only', async () => {
    const created = (await createRequest({ categoryId, text: 'Assign me.' })).json();
    const theirs = await createStaff(porter.ctx.db, other.tenantId, 'manager');
    expect((await call(owner, 'PUT', `/api/office/requests/${created.id}/assignee`, { assigneeId: theirs.id })).statusCode).toBe(400);
    expect((await call(owner, 'PUT', `/api/office/requests/${created.id}/assignee`, { assigneeId: null })).json().assigneeId).toBeNull();
    expect((await call(owner, 'PUT', `/api/office/requests/${created.id}/assignee`, { assigneeId: managerId })).json().assigneeName).toBe('A manager');
  });

  it('stores an attached photo without its GPS position, and serves it only to those allowed', async () => {
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#888' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneCo' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 31/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '122/1 40/1 0/1' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif?.includes(Buffer.from('PhoneCo'))).toBe(true);
    const { payload, contentType } = multipart('../../etc/IMG 0001.jpg', 'image/jpeg', photo);
    const uploaded = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/locations/${customer.locationIds[0]}/attachments`, headers: { cookie: contact.cookie, 'content-type': contentType }, payload });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const attachment = uploaded.json();
    expect(attachment).toMatchObject({ fileName: 'IMG 0001.jpg', contentType: 'image/jpeg', isImage: true });

    const created = (await createRequest({ categoryId, text: 'See photo', attachmentIds: [attachment.id] })).json();
    expect(created.attachments.map((a: { id: string }) => a.id)).toEqual([attachment.id]);
    const served = await porter.app.inject({ url: attachment.url, headers: { cookie: contact.cookie } });
    expect(served.statusCode).toBe(200);
    expect(served.headers).toMatchObject({ 'content-type': 'image/jpeg', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; sandbox" });
    expect(served.headers['content-disposition']).toMatch(/^inline; filename="IMG 0001.jpg"/);
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('PhoneCo'))).toBe(false);
    const thumb = await porter.app.inject({ url: attachment.thumbnailUrl, headers: { cookie: contact.cookie } });
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect((await porter.app.inject({ url: `/api/office/attachments/${attachment.id}`, headers: { cookie: owner } })).statusCode).toBe(200);

    const stranger = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['serviceRequests'] });
    const strangerUser = await createPortalUser(porter.ctx.db, tenant.tenantId, stranger.id, stranger.locationIds);
    const strangerCookie = await portalSignIn(tenant.slug, strangerUser.email);
    expect((await porter.app.inject({ url: attachment.url, headers: { cookie: strangerCookie } })).statusCode).toBe(404);
    const otherOwner = await signIn(other.ownerEmail);
    expect((await porter.app.inject({ url: `/api/office/attachments/${attachment.id}`, headers: { cookie: otherOwner } })).statusCode).toBe(404);
    expect((await createRequest({ categoryId, text: 'Reuse', attachmentIds: [attachment.id] })).json().error.fields).toHaveProperty('attachmentIds');
  });

  it('refuses files that are not photos or PDFs whatever their name, and files over the limit', async () => {
    const fake = multipart('invoice.pdf', 'application/pdf', Buffer.from('<html><script>alert(1)</script></html>'));
    const refused = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/locations/${customer.locationIds[0]}/attachments`, headers: { cookie: contact.cookie, 'content-type': fake.contentType }, payload: fake.payload });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/JPEG, PNG, WebP\) or PDF/);
    const pdf = multipart('Quote <final>.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'));
    const okPdf = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/locations/${customer.locationIds[0]}/attachments`, headers: { cookie: contact.cookie, 'content-type': pdf.contentType }, payload: pdf.payload });
    expect(okPdf.json()).toMatchObject({ fileName: 'Quote final.pdf', isImage: false, thumbnailUrl: null });
    const servedPdf = await porter.app.inject({ url: okPdf.json().url, headers: { cookie: contact.cookie } });
    expect(servedPdf.headers['content-disposition']).toMatch(/^attachment;/);

    const small = await startTestPorter(kind, { MAX_UPLOAD_MB: '1' });
    const t = await createTenant(small.ctx.db);
    const c = await createCustomer(small.ctx.db, t.tenantId, { portal: true, features: ['serviceRequests'] });
    const u = await createPortalUser(small.ctx.db, t.tenantId, c.id, c.locationIds);
    const cookie = cookieFrom(await small.app.inject({ method: 'POST', url: `/api/portal/${t.slug}/login`, headers: json, payload: { email: u.email, password: testPassword } }));
    const big = multipart('big.pdf', 'application/pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024 + 10)]));
    const tooBig = await small.app.inject({ method: 'POST', url: `/api/portal/${t.slug}/locations/${c.locationIds[0]}/attachments`, headers: { cookie, 'content-type': big.contentType }, payload: big.payload });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.message).toMatch(/too large/);
    await small.close();
  });

  it('answers 404 for another company’s or another location’s requests on every route', async () => {
    const mine = (await createRequest({ categoryId, text: 'Mine only.' })).json();
    const otherCustomer = await createCustomer(porter.ctx.db, other.tenantId, { portal: true, features: ['serviceRequests'] });
    const otherUser = await createPortalUser(porter.ctx.db, other.tenantId, otherCustomer.id, otherCustomer.locationIds);
    const otherCookie = await portalSignIn(other.slug, otherUser.email);
    const otherOwner = await signIn(other.ownerEmail);
    const neighbour = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['serviceRequests'] });
    const neighbourUser = await createPortalUser(porter.ctx.db, tenant.tenantId, neighbour.id, neighbour.locationIds);
    const neighbourCookie = await portalSignIn(tenant.slug, neighbourUser.email);
    const cases: [string, 'GET' | 'POST' | 'PUT', string, object?][] = [
      [otherOwner, 'GET', `/api/office/requests/${mine.id}`],
      [otherOwner, 'POST', `/api/office/requests/${mine.id}/messages`, { body: 'hi' }],
      [otherOwner, 'POST', `/api/office/requests/${mine.id}/status`, { status: 'closed', message: 'x' }],
      [otherOwner, 'PUT', `/api/office/requests/${mine.id}/assignee`, { assigneeId: null }],
      [otherCookie, 'GET', `/api/portal/${other.slug}/requests/${mine.id}`],
      [otherCookie, 'GET', `/api/portal/${other.slug}/locations/${customer.locationIds[0]}/requests`],
      [otherCookie, 'POST', `/api/portal/${other.slug}/requests`, { locationId: customer.locationIds[0], categoryId, text: 'x' }],
      [neighbourCookie, 'GET', `/api/portal/${tenant.slug}/requests/${mine.id}`],
      [neighbourCookie, 'POST', `/api/portal/${tenant.slug}/requests/${mine.id}/messages`, { body: 'x' }],
      [neighbourCookie, 'POST', `/api/portal/${tenant.slug}/requests/${mine.id}/confirmation`, { fixed: true }],
      [neighbourCookie, 'GET', `/api/portal/${tenant.slug}/locations/${customer.locationIds[0]}/request-options`],
      [neighbourCookie, 'POST', `/api/portal/${tenant.slug}/locations/${customer.locationIds[0]}/attachments`],
    ];
    for (const [cookie, method, url, payload] of cases) {
      const response = await call(cookie, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.body).not.toContain('Mine only');
    }
    const theirsOwner = await call(otherOwner, 'GET', '/api/office/requests?status=all');
    expect(theirsOwner.json().items).toEqual([]);
    const services = await call(otherOwner, 'PUT', `/api/office/services/${serviceId}`, { name: 'Hijack' });
    expect(services.statusCode).toBe(404);
    expect((await call(otherOwner, 'PUT', `/api/office/request-categories/${categoryId}`, { name: 'Hijack' })).statusCode).toBe(404);
  });

  it('lets technicians neither read the inbox nor manage the catalogue', async () => {
    const tech = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
    expect((await call(tech, 'GET', '/api/office/requests')).statusCode).toBe(403);
    expect((await call(tech, 'POST', '/api/office/services', { name: 'x' })).statusCode).toBe(403);
    const supervisor = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    expect((await call(supervisor, 'POST', '/api/office/request-categories', { name: 'x' })).statusCode).toBe(403);
  });
});
