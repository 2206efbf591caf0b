import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../shared/i18n/format.ts';
import { hiddenLinkText } from './outbox.ts';
import { callApi, cookieFrom, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';

const spanishBrowser = 'es-MX,es;q=0.9';

describe.each(testDialects())('emails in their addressee’s language on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let customer: Awaited<ReturnType<typeof createCustomer>>;
  let categoryId: string;

  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const outboxTo = (address: string) => inspect(porter.ctx.db).selectFrom('outbox_emails').selectAll().where('to_address', '=', address).orderBy('created_at').orderBy('id').execute();

  /** A portal user of the customer's first location, signed in through the real route with the browser's languages. */
  async function portalUserWithBrowser(acceptLanguage: string) {
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, [customer.locationIds[0]!]);
    const login = await porter.app.inject({
      method: 'POST',
      url: `/api/portal/${tenant.slug}/login`,
      headers: { 'content-type': 'application/json', 'accept-language': acceptLanguage },
      payload: { email: user.email, password: testPassword },
    });
    return { ...user, cookie: cookieFrom(login) };
  }

  /** A request the portal user raises, then moved to in progress by the office. */
  async function requestInProgress(cookie: string) {
    const created = await call(cookie, 'POST', `/api/portal/${tenant.slug}/requests`, { locationId: customer.locationIds[0], categoryId, text: 'The bins were not emptied.' });
    expect(created.statusCode, created.body).toBe(201);
    const moved = await call(owner, 'POST', `/api/office/requests/${created.json().id}/status`, { status: 'in_progress', message: 'We come back on Thursday.' });
    expect(moved.statusCode, moved.body).toBe(200);
    return created.json() as { id: string; reference: string; createdAt: string };
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db, { name: 'Tidy Co' });
    owner = await signInStaff(porter, tenant.ownerEmail);
    customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['serviceRequests', 'supplyRequests'] });
    await porter.ctx.db.updateTable('locations').set({ time_zone: 'America/New_York' }).where('tenant_id', '=', tenant.tenantId).where('id', '=', customer.locationIds[0]!).execute();
    categoryId = (await call(owner, 'POST', '/api/office/request-categories', { name: 'Missed cleaning' })).json().id;
  });
  afterAll(() => porter.close());

  it('writes a request’s emails in Spanish to a portal user whose browser read the portal in Spanish', async () => {
    const user = await portalUserWithBrowser(spanishBrowser);
    const row = await inspect(porter.ctx.db).selectFrom('portal_users').select(['language', 'browser_language']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ language: null, browser_language: 'es' });

    const request = await requestInProgress(user.cookie);
    const [received, status] = await outboxTo(user.email);
    expect(received!.subject).toBe(`[${request.reference}] Hemos recibido tu solicitud`);
    expect(status!.subject).toBe(`[${request.reference}] Tu solicitud está en curso`);
    expect(status!.text_body).toContain('Hola, Pat Contact:');
    expect(status!.text_body).toContain(`Tu solicitud está en curso — tu solicitud ${request.reference} (Missed cleaning) en Site 1.`);
    expect(status!.text_body).toContain('We come back on Thursday.');
    expect(status!.text_body).toContain(`Ver la solicitud: http://porter.test/portal/${tenant.slug}/requests/${request.id}`);
  });

  it('writes Danish to a portal user who chose Danish, whatever their browser reads', async () => {
    const user = await portalUserWithBrowser(spanishBrowser);
    await inspect(porter.ctx.db).updateTable('portal_users').set({ language: 'da' }).where('id', '=', user.id).execute();

    const request = await requestInProgress(user.cookie);
    const status = (await outboxTo(user.email)).at(-1)!;
    expect(status.subject).toBe(`[${request.reference}] Vi arbejder på din anmodning`);
    expect(status.text_body).toContain('Hej Pat Contact');
    expect(status.text_body).toContain(`Se anmodningen: http://porter.test/portal/${tenant.slug}/requests/${request.id}`);
  });

  it('names a request’s time on its location’s clock, with the zone, in the reader’s language', async () => {
    const english = await portalUserWithBrowser('en-US,en;q=0.9');
    const request = await requestInProgress(english.cookie);
    const status = (await outboxTo(english.email)).at(-1)!;
    const time = formatDateTime(request.createdAt, { locale: 'en', zone: 'America/New_York' });
    expect(time).toMatch(/ E[SD]T$/);
    expect(status.text_body).toContain(`Requested on ${time}.`);

    const spanish = await portalUserWithBrowser(spanishBrowser);
    const theirs = await requestInProgress(spanish.cookie);
    expect((await outboxTo(spanish.email)).at(-1)!.text_body).toContain(`Enviada el ${formatDateTime(theirs.createdAt, { locale: 'es', zone: 'America/New_York' })}.`);
  });

  it('names a supply order’s time on its location’s clock, and its status in the reader’s language', async () => {
    const user = await portalUserWithBrowser(spanishBrowser);
    const product = (await call(owner, 'POST', '/api/office/supply-products', { name: 'Paper towels', unit: 'case' })).json();
    const placed = await call(user.cookie, 'POST', `/api/portal/${tenant.slug}/supply-orders`, { locationId: customer.locationIds[0], lines: [{ productId: product.id, quantity: 3 }] });
    expect(placed.statusCode, placed.body).toBe(201);
    const order = placed.json();
    expect((await call(owner, 'PUT', `/api/office/supply-orders/${order.id}`, { status: 'approved' })).statusCode).toBe(200);

    const [mail] = await outboxTo(user.email);
    expect(mail!.subject).toBe(`Pedido de suministros ${order.reference}: Aprobado`);
    expect(mail!.text_body).toContain(`Realizado el ${formatDateTime(order.createdAt, { locale: 'es', zone: 'America/New_York' })}.`);
    expect(mail!.text_body).toContain('- 3 × Paper towels (case)');
  });

  it('tells each staff member in their own language: email, text and unread list', async () => {
    const spanish = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    const english = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    await inspect(porter.ctx.db).updateTable('staff_users').set({ language: 'es', mobile_phone: '+1 503 555 0199', mobile_carrier: 'tmobile' }).where('id', '=', spanish.id).execute();
    await call(owner, 'PUT', `/api/office/locations/${customer.locationIds[0]}/assignments/${spanish.id}`, { assigned: true, trained: true, notificationStyle: 'text' });
    await call(owner, 'PUT', `/api/office/locations/${customer.locationIds[0]}/assignments/${english.id}`, { assigned: true, trained: true, notificationStyle: 'email' });

    const user = await portalUserWithBrowser('da');
    const created = (await call(user.cookie, 'POST', `/api/portal/${tenant.slug}/requests`, { locationId: customer.locationIds[0], categoryId, text: 'Floor is sticky.' })).json();
    const customerName = (await inspect(porter.ctx.db).selectFrom('customers').select('name').where('id', '=', customer.id).executeTakeFirstOrThrow()).name;

    const [text] = await outboxTo('15035550199@tmomail.net');
    expect(text!.text_body).toBe(`Nueva solicitud ${created.reference} de ${customerName} en Site 1: Missed cleaning`);
    const [email] = await outboxTo(english.email);
    expect(email!.subject).toBe(`New request ${created.reference} from ${customerName} at Site 1: Missed cleaning`);
    expect(email!.text_body).toContain(`Open it: http://porter.test/office/requests/${created.id}`);
    const titles = await inspect(porter.ctx.db).selectFrom('staff_notifications').select(['staff_user_id', 'title']).where('link', '=', `/office/requests/${created.id}`).execute();
    expect(titles.find((n) => n.staff_user_id === spanish.id)!.title).toBe(text!.text_body);
    expect(titles.find((n) => n.staff_user_id === english.id)!.title).toBe(email!.subject);
    expect((await outboxTo(user.email))[0]!.subject).toBe(`[${created.reference}] Vi har modtaget din anmodning`);
  });

  it('invites staff in the company’s default language, keeping the secret link apart', async () => {
    const danish = await createTenant(porter.ctx.db, { name: 'Ren ApS' });
    await porter.ctx.db.updateTable('tenants').set({ default_language: 'da' }).where('id', '=', danish.tenantId).execute();
    const cookie = await signInStaff(porter, danish.ownerEmail);
    const added = await call(cookie, 'POST', '/api/office/staff', { name: 'Mette', email: 'mette@ren.example', role: 'technician' });
    expect(added.statusCode, added.body).toBe(201);

    const [mail] = await outboxTo('mette@ren.example');
    expect(mail!.subject).toBe('Du er inviteret til Ren ApS på Porter');
    expect(mail!.text_body).toContain('Owner har tilføjet dig til kontoret hos Ren ApS på Porter som tekniker.');
    expect(mail!.text_body).toContain(hiddenLinkText);
    expect(mail!.text_body).not.toContain('token=');
    expect(mail!.secret_link).toContain('http://porter.test/accept-invitation?token=');
  });
});
