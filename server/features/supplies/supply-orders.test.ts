import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationStyle } from '../../../shared/features/locations/locations.contract.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { callApi, cookieFrom, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };
const year = new Date().getUTCFullYear();

describe.each(testDialects())('supply orders on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let otherOwner: string;
  let manager: { id: string; cookie: string };
  let supervisor: { id: string; cookie: string };
  let technician: string;
  let towels: { id: string };
  let soap: { id: string };
  let retired: { id: string };
  let theirProduct: { id: string };

  const signIn = (email: string) => signInStaff(porter, email);
  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const outboxTo = (address: string) => inspect(porter.ctx.db).selectFrom('outbox_emails').selectAll().where('to_address', '=', address).orderBy('created_at').execute();
  const staffOf = async (tenantId: TenantId, role: 'manager' | 'supervisor') => {
    const staff = await createStaff(porter.ctx.db, tenantId, role);
    return { ...staff, cookie: await signIn(staff.email) };
  };
  const assign = (tenantId: TenantId, locationId: string, staffId: string, values: { assigned: boolean; trained: boolean; notification_style: NotificationStyle }) =>
    porter.ctx.db.insertInto('staff_location_assignments').values({ tenant_id: tenantId, location_id: locationId, staff_user_id: staffId, ...values }).execute();

  /** A customer with supply requests on, and a signed-in portal user of its first location only. */
  async function orderingCustomer(options: { locations?: number; features?: ('supplyRequests' | 'feedback')[]; name?: string } = {}) {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: options.features ?? ['supplyRequests'], locations: options.locations ?? 1, name: options.name });
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, [customer.locationIds[0]!]);
    const login = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/login`, headers: json, payload: { email: user.email, password: testPassword } });
    return { ...customer, user, cookie: cookieFrom(login) };
  }
  const order = (cookie: string, payload: object, slug = tenant.slug) => call(cookie, 'POST', `/api/portal/${slug}/supply-orders`, payload);
  async function placed(cookie: string, payload: object) {
    const response = await order(cookie, payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db, { name: 'Gleam Co' });
    other = await createTenant(porter.ctx.db);
    owner = await signIn(tenant.ownerEmail);
    otherOwner = await signIn(other.ownerEmail);
    manager = await staffOf(tenant.tenantId, 'manager');
    supervisor = await staffOf(tenant.tenantId, 'supervisor');
    technician = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
    const product = async (cookie: string, payload: object) => (await call(cookie, 'POST', '/api/office/supply-products', payload)).json();
    towels = await product(owner, { name: 'Paper towels', unit: 'case of 12 rolls' });
    soap = await product(owner, { name: 'Hand soap', unit: 'bottle' });
    retired = await product(owner, { name: 'Old polish', unit: 'tin', active: false });
    theirProduct = await product(otherOwner, { name: 'Their towels', unit: 'case' });
  });
  afterAll(() => porter.close());

  it('places a numbered order with the products’ names and units copied onto its lines', async () => {
    const customer = await orderingCustomer({ name: 'Harbor Bakery' });
    const first = await placed(customer.cookie, { locationId: customer.locationIds[0], lines: [{ productId: towels.id, quantity: 3 }, { productId: soap.id, quantity: 12 }], note: ' Back door, please ' });
    expect(first).toEqual({
      id: expect.any(String),
      reference: `SO-${year}-0001`,
      status: 'submitted',
      locationId: customer.locationIds[0],
      locationName: 'Site 1',
      locationTimeZone: 'UTC',
      customerId: customer.id,
      customerName: 'Harbor Bakery',
      requestedBy: 'Pat Contact',
      note: 'Back door, please',
      noteToCustomer: null,
      lines: [
        { productId: soap.id, productName: 'Hand soap', unit: 'bottle', quantity: 12 },
        { productId: towels.id, productName: 'Paper towels', unit: 'case of 12 rolls', quantity: 3 },
      ],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const second = await placed(customer.cookie, { locationId: customer.locationIds[0], lines: [{ productId: towels.id, quantity: 1 }], note: '' });
    expect(second).toMatchObject({ reference: `SO-${year}-0002`, note: null });

    // Renaming the product later does not change what was ordered.
    await call(owner, 'PUT', `/api/office/supply-products/${towels.id}`, { name: 'Paper towels (new)', unit: 'case of 12 rolls' });
    const listed = (await call(customer.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${customer.locationIds[0]}/supply-orders`)).json();
    expect(listed.items.find((o: { id: string }) => o.id === first.id).lines[1].productName).toBe('Paper towels');
    await call(owner, 'PUT', `/api/office/supply-products/${towels.id}`, { name: 'Paper towels', unit: 'case of 12 rolls' });
  });

  it('tells the staff who are assigned and trained, by their style, and puts it in managers’ unread list', async () => {
    const customer = await orderingCustomer({ name: 'Notify Ltd' });
    const locationId = customer.locationIds[0]!;
    const byEmail = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    const byText = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    await inspect(porter.ctx.db).updateTable('staff_users').set({ mobile_phone: '(503) 555-0199', mobile_carrier: 'verizon' }).where('id', '=', byText.id).execute();
    const untrained = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    const quiet = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    const unassigned = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    await assign(tenant.tenantId, locationId, byEmail.id, { assigned: true, trained: true, notification_style: 'email' });
    await assign(tenant.tenantId, locationId, byText.id, { assigned: true, trained: true, notification_style: 'text' });
    await assign(tenant.tenantId, locationId, untrained.id, { assigned: true, trained: false, notification_style: 'email' });
    await assign(tenant.tenantId, locationId, quiet.id, { assigned: true, trained: true, notification_style: 'none' });
    await assign(tenant.tenantId, locationId, unassigned.id, { assigned: false, trained: true, notification_style: 'email' });
    // Technicians may not open supply orders, so they are not sent them either.
    const technician = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    await assign(tenant.tenantId, locationId, technician.id, { assigned: true, trained: true, notification_style: 'email' });

    const created = await placed(customer.cookie, { locationId, lines: [{ productId: towels.id, quantity: 2 }], note: 'Urgent' });
    const title = `Supply order ${created.reference} from Notify Ltd at Site 1`;
    const [email] = await outboxTo(byEmail.email);
    expect(email).toMatchObject({ subject: title, tenant_id: tenant.tenantId });
    expect(email!.text_body).toContain('- 2 × Paper towels (case of 12 rolls)');
    expect(email!.text_body).toContain('Note: Urgent');
    expect(email!.text_body).toContain(`http://porter.test/office/supplies/orders/${created.id}`);
    const [text] = await outboxTo('5035550199@vtext.com');
    expect(text!.text_body).toBe(title);
    for (const silent of [untrained, quiet, unassigned, technician]) expect(await outboxTo(silent.email), silent.email).toHaveLength(0);

    const unread = await inspect(porter.ctx.db)
      .selectFrom('staff_notifications')
      .select(['staff_user_id', 'kind', 'title', 'read_at'])
      .where('link', '=', `/office/supplies/orders/${created.id}`)
      .execute();
    expect(unread.map((n) => n.staff_user_id).sort()).toEqual([tenant.ownerId, manager.id].sort());
    expect(unread[0]).toMatchObject({ kind: 'supply_order', title, read_at: null });
  });

  it('refuses products it may not order, repeated products and impossible quantities, writing nothing', async () => {
    const customer = await orderingCustomer();
    const locationId = customer.locationIds[0]!;
    await call(owner, 'PUT', `/api/office/customers/${customer.id}/supply-products`, { productIds: [soap.id, retired.id] });
    const before = await porter.ctx.db.selectFrom('supply_orders').select('id').where('tenant_id', '=', tenant.tenantId).execute();

    for (const productId of [towels.id, retired.id, theirProduct.id, 'no-such-product']) {
      const refused = await order(customer.cookie, { locationId, lines: [{ productId: soap.id, quantity: 1 }, { productId, quantity: 1 }] });
      expect(refused.statusCode, productId).toBe(400);
      expect(refused.json().error.fields).toEqual({ 'lines.1.productId': 'This product cannot be ordered here; choose one from the order form' });
      expect(refused.json().error.message).toContain('line 2');
    }
    const repeated = await order(customer.cookie, { locationId, lines: [{ productId: soap.id, quantity: 1 }, { productId: soap.id, quantity: 4 }] });
    expect(repeated.statusCode).toBe(400);
    expect(repeated.json().error.fields).toEqual({ 'lines.1.productId': 'Hand soap is already on line 1; change the quantity there' });

    for (const [quantity, message] of [
      [0, 'Order at least 1'],
      [-2, 'Order at least 1'],
      [10_000, 'At most 500 of one product per order; call us for more'],
      [1.5, 'Enter a whole number'],
    ] as const) {
      const refused = await order(customer.cookie, { locationId, lines: [{ productId: soap.id, quantity: 1 }, { productId: soap.id, quantity }] });
      expect(refused.statusCode, String(quantity)).toBe(400);
      expect(refused.json().error.fields).toEqual({ 'lines.1.quantity': message });
      expect(refused.json().error.message).toContain('lines.1.quantity');
    }
    const empty = await order(customer.cookie, { locationId, lines: [] });
    expect(empty.json().error.fields).toEqual({ lines: 'Choose at least one product' });

    const after = await porter.ctx.db.selectFrom('supply_orders').select('id').where('tenant_id', '=', tenant.tenantId).execute();
    expect(after).toHaveLength(before.length);
    // Refused orders use up no number.
    const next = await placed(customer.cookie, { locationId, lines: [{ productId: soap.id, quantity: 500 }] });
    expect(next.reference).toBe(`SO-${year}-${String(before.length + 1).padStart(4, '0')}`);
  });

  it('is not found when supply requests are off, the location is not theirs, or it is another company’s', async () => {
    const off = await orderingCustomer({ features: ['feedback'] });
    const twoSites = await orderingCustomer({ locations: 2 });
    const theirCustomer = await createCustomer(porter.ctx.db, other.tenantId, { portal: true, features: ['supplyRequests'] });
    const line = [{ productId: soap.id, quantity: 1 }];
    for (const [cookie, locationId] of [
      [off.cookie, off.locationIds[0]!],
      [twoSites.cookie, twoSites.locationIds[1]!],
      [twoSites.cookie, theirCustomer.locationIds[0]!],
    ] as const) {
      expect((await order(cookie, { locationId, lines: line })).statusCode, locationId).toBe(404);
      expect((await call(cookie, 'GET', `/api/portal/${tenant.slug}/locations/${locationId}/supply-orders`)).statusCode, locationId).toBe(404);
      expect((await call(cookie, 'GET', `/api/portal/${tenant.slug}/locations/${locationId}/supply-order-form`)).statusCode, locationId).toBe(404);
    }
    expect((await order(twoSites.cookie, { locationId: theirCustomer.locationIds[0], lines: line }, other.slug)).statusCode).toBe(401);
    expect(await inspect(porter.ctx.db).selectFrom('supply_orders').select('id').where('location_id', 'in', [off.locationIds[0]!, twoSites.locationIds[1]!, theirCustomer.locationIds[0]!]).execute()).toHaveLength(0);
  });

  it('is not found on a company portal that is switched off', async () => {
    const closed = await createTenant(porter.ctx.db);
    const customer = await createCustomer(porter.ctx.db, closed.tenantId, { portal: true, features: ['supplyRequests'] });
    const user = await createPortalUser(porter.ctx.db, closed.tenantId, customer.id, customer.locationIds);
    const cookie = cookieFrom(await porter.app.inject({ method: 'POST', url: `/api/portal/${closed.slug}/login`, headers: json, payload: { email: user.email, password: testPassword } }));
    await porter.ctx.db.updateTable('tenants').set({ portal_enabled: false }).where('id', '=', closed.tenantId).execute();
    const locationId = customer.locationIds[0]!;
    expect((await order(cookie, { locationId, lines: [{ productId: soap.id, quantity: 1 }] }, closed.slug)).statusCode).toBe(404);
    for (const path of ['supply-orders', 'supply-order-form']) {
      expect((await call(cookie, 'GET', `/api/portal/${closed.slug}/locations/${locationId}/${path}`)).statusCode, path).toBe(404);
    }
  });

  it('a staff member viewing the portal as the customer cannot order', async () => {
    const customer = await orderingCustomer();
    await inspect(porter.ctx.db).updateTable('sessions').set({ impersonator_id: tenant.ownerId }).where('principal_id', '=', customer.user.id).execute();
    const refused = await order(customer.cookie, { locationId: customer.locationIds[0], lines: [{ productId: soap.id, quantity: 1 }] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('read_only');
  });

  it('lists a location’s orders on the portal, newest first, and only that location’s', async () => {
    const customer = await orderingCustomer({ locations: 2 });
    await porter.ctx.db.insertInto('portal_user_locations').values({ tenant_id: tenant.tenantId, portal_user_id: customer.user.id, location_id: customer.locationIds[1]! }).execute();
    const [first, second] = [customer.locationIds[0]!, customer.locationIds[1]!];
    const a = await placed(customer.cookie, { locationId: first, lines: [{ productId: soap.id, quantity: 1 }] });
    const b = await placed(customer.cookie, { locationId: second, lines: [{ productId: soap.id, quantity: 2 }] });
    const c = await placed(customer.cookie, { locationId: first, lines: [{ productId: soap.id, quantity: 3 }] });
    const list = (await call(customer.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${first}/supply-orders`)).json();
    expect(list).toMatchObject({ total: 2, page: 1, pageSize: 25 });
    expect(list.items.map((o: { id: string }) => o.id)).toEqual([c.id, a.id]);
    const paged = (await call(customer.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${first}/supply-orders?pageSize=1&page=2`)).json();
    expect(paged.items.map((o: { id: string }) => o.id)).toEqual([a.id]);
    expect((await call(customer.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${second}/supply-orders`)).json().items.map((o: { id: string }) => o.id)).toEqual([b.id]);
  });

  it('lists orders in the office, newest first, by status, customer and location', async () => {
    const customer = await orderingCustomer({ locations: 2 });
    const elsewhere = await orderingCustomer();
    await porter.ctx.db.insertInto('portal_user_locations').values({ tenant_id: tenant.tenantId, portal_user_id: customer.user.id, location_id: customer.locationIds[1]! }).execute();
    const a = await placed(customer.cookie, { locationId: customer.locationIds[0], lines: [{ productId: soap.id, quantity: 1 }] });
    const b = await placed(customer.cookie, { locationId: customer.locationIds[1], lines: [{ productId: soap.id, quantity: 1 }] });
    const c = await placed(elsewhere.cookie, { locationId: elsewhere.locationIds[0], lines: [{ productId: soap.id, quantity: 1 }] });
    await call(owner, 'PUT', `/api/office/supply-orders/${b.id}`, { status: 'approved' });
    const ids = async (query: string) => (await call(supervisor.cookie, 'GET', `/api/office/supply-orders?${query}`)).json().items.map((o: { id: string }) => o.id);

    const all = (await call(supervisor.cookie, 'GET', '/api/office/supply-orders?pageSize=3')).json();
    expect(all.items.map((o: { id: string }) => o.id)).toEqual([c.id, b.id, a.id]);
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(await ids(`customerId=${customer.id}`)).toEqual([b.id, a.id]);
    expect(await ids(`locationId=${customer.locationIds[0]}`)).toEqual([a.id]);
    expect(await ids(`customerId=${customer.id}&status=approved`)).toEqual([b.id]);
    expect(await ids(`customerId=${customer.id}&status=submitted&page=1&pageSize=1`)).toEqual([a.id]);
    expect((await call(supervisor.cookie, 'GET', '/api/office/supply-orders?status=lost')).statusCode).toBe(400);
    expect((await call(technician, 'GET', '/api/office/supply-orders')).statusCode).toBe(403);
  });

  it('moves an order through its statuses, emailing the person who placed it each time', async () => {
    const customer = await orderingCustomer({ name: 'Status Inc' });
    const placedOrder = await placed(customer.cookie, { locationId: customer.locationIds[0], lines: [{ productId: towels.id, quantity: 4 }] });
    const url = `/api/office/supply-orders/${placedOrder.id}`;

    const approved = await call(manager.cookie, 'PUT', url, { status: 'approved', noteToCustomer: ' Arriving Tuesday with the regular clean. ' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', noteToCustomer: 'Arriving Tuesday with the regular clean.' });
    expect(approved.json().updatedAt >= placedOrder.updatedAt).toBe(true);
    const [first] = await outboxTo(customer.user.email);
    expect(first!.subject).toBe(`Supply order ${placedOrder.reference}: Approved`);
    expect(first!.text_body).toContain('is now Approved');
    expect(first!.text_body).toContain('Arriving Tuesday with the regular clean.');
    expect(first!.text_body).toContain('- 4 × Paper towels (case of 12 rolls)');
    expect(first!.text_body).toContain(`http://porter.test/portal/${tenant.slug}`);

    const delivered = await call(owner, 'PUT', url, { status: 'delivered' });
    expect(delivered.json()).toMatchObject({ status: 'delivered', noteToCustomer: null });
    const mails = await outboxTo(customer.user.email);
    expect(mails.map((m) => m.subject)).toEqual([`Supply order ${placedOrder.reference}: Approved`, `Supply order ${placedOrder.reference}: Delivered`]);
    const portalView = (await call(customer.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${customer.locationIds[0]}/supply-orders`)).json().items[0];
    expect(portalView).toMatchObject({ id: placedOrder.id, status: 'delivered' });

    for (const status of ['approved', 'cancelled', 'delivered'] as const) {
      const refused = await call(owner, 'PUT', url, { status });
      expect(refused.statusCode, status).toBe(409);
      expect(refused.json().error).toMatchObject({ code: 'conflict', message: `This order is Delivered; it cannot be marked ${status[0]!.toUpperCase()}${status.slice(1)}.` });
    }
    expect(await outboxTo(customer.user.email)).toHaveLength(2);
    expect((await call(owner, 'PUT', url, { status: 'submitted' })).statusCode).toBe(400);
  });

  it('cancels a submitted or an approved order, and nothing moves a cancelled one', async () => {
    const customer = await orderingCustomer();
    const line = { locationId: customer.locationIds[0], lines: [{ productId: soap.id, quantity: 1 }] };
    const one = await placed(customer.cookie, line);
    const two = await placed(customer.cookie, line);
    const cancelled = await call(owner, 'PUT', `/api/office/supply-orders/${one.id}`, { status: 'cancelled', noteToCustomer: 'Out of stock until May.' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', noteToCustomer: 'Out of stock until May.' });
    expect((await call(owner, 'PUT', `/api/office/supply-orders/${two.id}`, { status: 'approved' })).statusCode).toBe(200);
    expect((await call(owner, 'PUT', `/api/office/supply-orders/${two.id}`, { status: 'cancelled' })).json().status).toBe('cancelled');
    for (const status of ['approved', 'delivered'] as const) {
      const refused = await call(owner, 'PUT', `/api/office/supply-orders/${one.id}`, { status });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toMatch(/^This order is Cancelled; it cannot be marked (Approved|Delivered)\.$/);
    }
    const subjects = (await outboxTo(customer.user.email)).map((m) => m.subject);
    expect(subjects.sort()).toEqual([`Supply order ${one.reference}: Cancelled`, `Supply order ${two.reference}: Approved`, `Supply order ${two.reference}: Cancelled`].sort());
    expect((await outboxTo(customer.user.email)).find((m) => m.subject.endsWith(`${one.reference}: Cancelled`))!.text_body).toContain('Out of stock until May.');
  });

  it('opens the office’s supply lists to supervisors and up only', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const admin = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'admin')).email);
    const urls = ['/api/office/supply-products', '/api/office/supply-orders', `/api/office/customers/${customer.id}/supply-products`];
    for (const url of urls) {
      for (const [cookie, status] of [[owner, 200], [admin, 200], [manager.cookie, 200], [supervisor.cookie, 200], [technician, 403]] as const) {
        expect((await call(cookie, 'GET', url)).statusCode, url).toBe(status);
      }
      expect((await porter.app.inject({ url })).statusCode, url).toBe(401);
    }
  });

  it('lets only managers and up change an order, and answers 404 for another company’s orders, customers and locations', async () => {
    const customer = await orderingCustomer();
    const mine = await placed(customer.cookie, { locationId: customer.locationIds[0], lines: [{ productId: soap.id, quantity: 1 }] });
    expect((await call(supervisor.cookie, 'PUT', `/api/office/supply-orders/${mine.id}`, { status: 'approved' })).statusCode).toBe(403);
    expect((await call(technician, 'PUT', `/api/office/supply-orders/${mine.id}`, { status: 'approved' })).statusCode).toBe(403);

    const theirCustomer = await createCustomer(porter.ctx.db, other.tenantId, { portal: true, features: ['supplyRequests'] });
    const theirUser = await createPortalUser(porter.ctx.db, other.tenantId, theirCustomer.id, theirCustomer.locationIds);
    const theirCookie = cookieFrom(await porter.app.inject({ method: 'POST', url: `/api/portal/${other.slug}/login`, headers: json, payload: { email: theirUser.email, password: testPassword } }));
    const theirOrder = (await order(theirCookie, { locationId: theirCustomer.locationIds[0], lines: [{ productId: theirProduct.id, quantity: 1 }] }, other.slug)).json();
    expect(theirOrder.reference).toBe(`SO-${year}-0001`);

    for (const [method, url, payload] of [
      ['PUT', `/api/office/supply-orders/${theirOrder.id}`, { status: 'approved' }],
      ['GET', `/api/office/supply-orders?customerId=${theirCustomer.id}`],
      ['GET', `/api/office/supply-orders?locationId=${theirCustomer.locationIds[0]}`],
    ] as const) {
      const response = await call(owner, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.body).not.toContain(theirOrder.reference);
    }
    const list = (await call(owner, 'GET', '/api/office/supply-orders?pageSize=100')).json();
    expect(list.items.map((o: { id: string }) => o.id)).not.toContain(theirOrder.id);
    const row = await inspect(porter.ctx.db).selectFrom('supply_orders').select('status').where('id', '=', theirOrder.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('submitted');
    expect((await call(otherOwner, 'GET', '/api/office/supply-orders')).json().items.map((o: { id: string }) => o.id)).toEqual([theirOrder.id]);
  });
});
