import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';

describe.each(testDialects())('supplies catalogue on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let manager: string;
  let otherOwner: string;
  let supervisor: string;
  let technician: string;
  let png: Buffer;

  const signIn = (email: string) => signInStaff(porter, email);
  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const portalSignIn = (slug: string, email: string) => signInPortal(porter, slug, email);
  const addProduct = async (cookie: string, payload: object) => {
    const response = await call(cookie, 'POST', '/api/office/supply-products', payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; name: string; imageUrl: string | null };
  };
  /** Uploads a file as the office does, through the attachments route. */
  const upload = async (cookie: string, data: Buffer, fileName: string) => {
    const boundary = `porter-${Math.random().toString(16).slice(2)}`;
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await porter.app.inject({ method: 'POST', url: '/api/office/attachments', headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signIn(tenant.ownerEmail);
    otherOwner = await signIn(other.ownerEmail);
    manager = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    supervisor = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    technician = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
    png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#3366aa' } }).png().toBuffer();
  });
  afterAll(() => porter.close());

  it('adds and edits products, listing active ones first and each group by name', async () => {
    const towels = await addProduct(owner, { name: 'Paper towels', unit: 'case of 12 rolls', sku: '  PT-12 ' });
    expect(towels).toEqual({ id: expect.any(String), name: 'Paper towels', unit: 'case of 12 rolls', sku: 'PT-12', imageUrl: null, active: true });
    const bags = await addProduct(manager, { name: 'Bin bags', unit: 'roll of 50', sku: '' });
    const old = await addProduct(owner, { name: 'Air freshener', unit: 'can', active: false });

    const edited = await call(manager, 'PUT', `/api/office/supply-products/${bags.id}`, { name: 'Bin bags, large', unit: 'roll of 50', sku: 'BB-L' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Bin bags, large', sku: 'BB-L', active: true });

    const list = await call(supervisor, 'GET', '/api/office/supply-products');
    expect(list.json().items.map((p: { id: string }) => p.id)).toEqual([bags.id, towels.id, old.id]);
    expect(list.json().items[2]).toMatchObject({ name: 'Air freshener', sku: null, active: false });
  });

  it('names each invalid field', async () => {
    const response = await call(owner, 'POST', '/api/office/supply-products', { name: ' ', unit: '' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ name: 'Enter the product’s name', unit: 'Enter the unit, like “case of 12 rolls”' });
  });

  it('lets supervisors read the catalogue but not change it, and refuses technicians', async () => {
    const product = await addProduct(owner, { name: 'Hand soap', unit: 'bottle' });
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    expect((await call(supervisor, 'GET', '/api/office/supply-products')).statusCode).toBe(200);
    expect((await call(supervisor, 'GET', `/api/office/customers/${customer.id}/supply-products`)).statusCode).toBe(200);
    expect((await call(supervisor, 'POST', '/api/office/supply-products', { name: 'X', unit: 'Y' })).statusCode).toBe(403);
    expect((await call(supervisor, 'PUT', `/api/office/supply-products/${product.id}`, { name: 'X', unit: 'Y' })).statusCode).toBe(403);
    expect((await call(supervisor, 'PUT', `/api/office/customers/${customer.id}/supply-products`, { productIds: [] })).statusCode).toBe(403);
    for (const url of ['/api/office/supply-products', `/api/office/customers/${customer.id}/supply-products`]) {
      expect((await call(technician, 'GET', url)).statusCode, url).toBe(403);
    }
    expect((await porter.app.inject({ url: '/api/office/supply-products' })).statusCode).toBe(401);
  });

  it('gives a product the picture its editor uploaded, keeps it when left out, and removes it on null', async () => {
    const pictureId = await upload(manager, png, 'soap.png');
    const soap = await addProduct(manager, { name: 'Foam soap', unit: 'refill', imageAttachmentId: pictureId });
    expect(soap.imageUrl).toBe(`/api/office/attachments/${pictureId}`);
    const claimed = await inspect(porter.ctx.db).selectFrom('attachments').select(['owner_type', 'owner_id']).where('id', '=', pictureId).executeTakeFirstOrThrow();
    expect(claimed).toEqual({ owner_type: 'supply_product', owner_id: soap.id });
    const picture = await call(supervisor, 'GET', soap.imageUrl!);
    expect(picture.statusCode).toBe(200);
    expect(picture.headers['content-type']).toBe('image/png');

    const kept = await call(owner, 'PUT', `/api/office/supply-products/${soap.id}`, { name: 'Foam soap', unit: 'refill, 1 l' });
    expect(kept.json()).toMatchObject({ unit: 'refill, 1 l', imageUrl: `/api/office/attachments/${pictureId}` });
    // Sending the same picture again is not a new claim.
    const same = await call(manager, 'PUT', `/api/office/supply-products/${soap.id}`, { name: 'Foam soap', unit: 'refill', imageAttachmentId: pictureId });
    expect(same.statusCode, same.body).toBe(200);

    const replacement = await upload(owner, png, 'soap-2.png');
    const replaced = await call(owner, 'PUT', `/api/office/supply-products/${soap.id}`, { name: 'Foam soap', unit: 'refill', imageAttachmentId: replacement });
    expect(replaced.json().imageUrl).toBe(`/api/office/attachments/${replacement}`);
    const removed = await call(owner, 'PUT', `/api/office/supply-products/${soap.id}`, { name: 'Foam soap', unit: 'refill', imageAttachmentId: null });
    expect(removed.json().imageUrl).toBeNull();
  });

  it('refuses as a picture someone else’s upload, one already in use, a PDF, and another company’s file', async () => {
    const byOwner = await upload(owner, png, 'mop.png');
    const pdf = await upload(manager, Buffer.from('%PDF-1.4\n% a tiny document\n'), 'price-list.pdf');
    const used = await upload(manager, png, 'bucket.png');
    await addProduct(manager, { name: 'Bucket', unit: 'each', imageAttachmentId: used });
    const theirs = await upload(otherOwner, png, 'theirs.png');
    for (const [imageAttachmentId, message] of [
      [byOwner, 'That picture is not your new upload.'],
      [used, 'That picture is not your new upload.'],
      [pdf, 'A product picture must be a JPEG, PNG or WebP image.'],
      [theirs, 'The picture could not be found.'],
    ] as const) {
      const response = await call(manager, 'POST', '/api/office/supply-products', { name: 'Mop', unit: 'each', imageAttachmentId });
      expect(response.statusCode, imageAttachmentId).toBe(400);
      expect(response.json().error.fields).toEqual({ imageAttachmentId: message });
    }
    expect(await inspect(porter.ctx.db).selectFrom('supply_products').select('id').where('name', '=', 'Mop').execute()).toHaveLength(0);
    const untouched = await inspect(porter.ctx.db).selectFrom('attachments').select('owner_id').where('id', '=', theirs).executeTakeFirstOrThrow();
    expect(untouched.owner_id).toBeNull();
  });

  it('chooses the products a customer may order, refusing ids not in the catalogue', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const url = `/api/office/customers/${customer.id}/supply-products`;
    expect((await call(owner, 'GET', url)).json()).toEqual({ productIds: [] });
    const zinc = await addProduct(owner, { name: 'Zinc polish', unit: 'tin' });
    const glass = await addProduct(owner, { name: 'Glass cleaner', unit: 'spray' });
    const chosen = await call(manager, 'PUT', url, { productIds: [zinc.id, glass.id, zinc.id] });
    expect(chosen.json()).toEqual({ productIds: [glass.id, zinc.id] });
    expect((await call(supervisor, 'GET', url)).json()).toEqual({ productIds: [glass.id, zinc.id] });

    const theirProduct = (await call(otherOwner, 'POST', '/api/office/supply-products', { name: 'Their soap', unit: 'bottle' })).json();
    for (const productIds of [['no-such-product'], [glass.id, theirProduct.id]]) {
      const refused = await call(owner, 'PUT', url, { productIds });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.fields).toEqual({ productIds: 'Choose only products from your catalogue' });
    }
    expect((await call(owner, 'GET', url)).json()).toEqual({ productIds: [glass.id, zinc.id] });
    expect((await call(owner, 'PUT', url, { productIds: [] })).json()).toEqual({ productIds: [] });
  });

  it('answers 404 for another company’s product and customer, and changes nothing there', async () => {
    const theirProduct = (await call(otherOwner, 'POST', '/api/office/supply-products', { name: 'Not yours', unit: 'box' })).json();
    const theirCustomer = await createCustomer(porter.ctx.db, other.tenantId);
    const mine = await addProduct(owner, { name: 'Mine', unit: 'box' });
    for (const [method, url, payload] of [
      ['PUT', `/api/office/supply-products/${theirProduct.id}`, { name: 'Taken', unit: 'box' }],
      ['GET', `/api/office/customers/${theirCustomer.id}/supply-products`],
      ['PUT', `/api/office/customers/${theirCustomer.id}/supply-products`, { productIds: [mine.id] }],
    ] as const) {
      const response = await call(owner, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.body).not.toContain('Not yours');
    }
    const listed = (await call(owner, 'GET', '/api/office/supply-products')).json().items;
    expect(listed.map((p: { id: string }) => p.id)).not.toContain(theirProduct.id);
    const row = await inspect(porter.ctx.db).selectFrom('supply_products').select('name').where('id', '=', theirProduct.id).executeTakeFirstOrThrow();
    expect(row.name).toBe('Not yours');
    expect(await inspect(porter.ctx.db).selectFrom('customer_supply_products').select('product_id').where('customer_id', '=', theirCustomer.id).execute()).toHaveLength(0);
  });

  describe('the portal order form', () => {
    let a: { id: string; name: string };
    let b: { id: string; name: string };
    let retired: { id: string; name: string };
    let pictured: { id: string; name: string; imageUrl: string | null };
    let theirs: { id: string; name: string };
    let shop: Awaited<ReturnType<typeof createTenant>>;
    let shopOwner: string;

    beforeAll(async () => {
      // A company with a catalogue of its own, so the other tests' products do not get in the way.
      shop = await createTenant(porter.ctx.db);
      shopOwner = await signIn(shop.ownerEmail);
      a = await addProduct(shopOwner, { name: 'A4 paper', unit: 'ream' });
      b = await addProduct(shopOwner, { name: 'Bleach', unit: 'gallon' });
      retired = await addProduct(shopOwner, { name: 'Chalk', unit: 'box', active: false });
      pictured = await addProduct(shopOwner, { name: 'Duster', unit: 'each', imageAttachmentId: await upload(shopOwner, png, 'duster.png') });
      theirs = (await call(otherOwner, 'POST', '/api/office/supply-products', { name: 'Elsewhere', unit: 'each' })).json();
    });

    const form = (cookie: string, locationId: string, slug = shop.slug) => porter.app.inject({ url: `/api/portal/${slug}/locations/${locationId}/supply-order-form`, headers: { cookie } });

    it('offers every active product when none are chosen, and only the chosen active ones otherwise', async () => {
      const customer = await createCustomer(porter.ctx.db, shop.tenantId, { portal: true, features: ['supplyRequests'] });
      const contact = await portalSignIn(shop.slug, (await createPortalUser(porter.ctx.db, shop.tenantId, customer.id, customer.locationIds)).email);
      const all = await form(contact, customer.locationIds[0]!);
      expect(all.statusCode, all.body).toBe(200);
      expect(all.json().products.map((p: { name: string }) => p.name)).toEqual(['A4 paper', 'Bleach', 'Duster']);

      await call(shopOwner, 'PUT', `/api/office/customers/${customer.id}/supply-products`, { productIds: [b.id, retired.id, pictured.id] });
      const chosen = (await form(contact, customer.locationIds[0]!)).json().products;
      expect(chosen.map((p: { id: string }) => p.id)).toEqual([b.id, pictured.id]);
      expect(chosen.map((p: { id: string }) => p.id)).not.toContain(a.id);
      expect(JSON.stringify(chosen)).not.toContain(theirs.id);

      // The picture is served to the portal user through the portal's own route.
      const withPicture = chosen.find((p: { id: string }) => p.id === pictured.id);
      const attachmentId = pictured.imageUrl!.split('/').pop();
      expect(withPicture.imageUrl).toBe(`/api/portal/${shop.slug}/attachments/${attachmentId}`);
      const image = await porter.app.inject({ url: withPicture.imageUrl, headers: { cookie: contact } });
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-type']).toBe('image/png');
    });

    it('is not found when the feature is off, the location is not theirs, or it is another company’s', async () => {
      const withoutFeature = await createCustomer(porter.ctx.db, shop.tenantId, { portal: true, features: ['feedback'] });
      const contact = await portalSignIn(shop.slug, (await createPortalUser(porter.ctx.db, shop.tenantId, withoutFeature.id, withoutFeature.locationIds)).email);
      expect((await form(contact, withoutFeature.locationIds[0]!)).statusCode).toBe(404);

      const twoSites = await createCustomer(porter.ctx.db, shop.tenantId, { locations: 2, portal: true, features: ['supplyRequests'] });
      const firstOnly = await portalSignIn(shop.slug, (await createPortalUser(porter.ctx.db, shop.tenantId, twoSites.id, [twoSites.locationIds[0]!])).email);
      expect((await form(firstOnly, twoSites.locationIds[0]!)).statusCode).toBe(200);
      expect((await form(firstOnly, twoSites.locationIds[1]!)).statusCode).toBe(404);

      const theirCustomer = await createCustomer(porter.ctx.db, other.tenantId, { portal: true, features: ['supplyRequests'] });
      expect((await form(firstOnly, theirCustomer.locationIds[0]!)).statusCode).toBe(404);
      // A session of this company means nothing on another company's portal.
      expect((await form(firstOnly, theirCustomer.locationIds[0]!, other.slug)).statusCode).toBe(401);
    });
  });
});
