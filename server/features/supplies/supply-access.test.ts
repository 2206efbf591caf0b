import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';

describe.each(testDialects())('who may see supply products on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let picturedId: string;
  let pictureId: string;
  let plainId: string;

  const portalSignIn = (email: string) => signInPortal(porter, tenant.slug, email);
  const picture = (cookie: string, id = pictureId) => porter.app.inject({ url: `/api/portal/${tenant.slug}/attachments/${id}`, headers: { cookie } });
  const contactOf = async (features: ('supplyRequests' | 'feedback')[], chosen: string[] | null) => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features });
    if (chosen) expect((await callApi(porter, owner, 'PUT', `/api/office/customers/${customer.id}/supply-products`, { productIds: chosen })).statusCode).toBe(200);
    return portalSignIn((await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds)).email);
  };

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#3366aa' } }).png().toBuffer();
    const boundary = 'porter-supply-access';
    const uploaded = await porter.app.inject({
      method: 'POST',
      url: '/api/office/attachments',
      headers: { cookie: owner, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="mop.png"\r\nContent-Type: image/png\r\n\r\n`), png, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    });
    pictureId = uploaded.json().id;
    picturedId = (await callApi(porter, owner, 'POST', '/api/office/supply-products', { name: 'Mop', unit: 'each', imageAttachmentId: pictureId })).json().id;
    plainId = (await callApi(porter, owner, 'POST', '/api/office/supply-products', { name: 'Sponge', unit: 'pack' })).json().id;
  });
  afterAll(() => porter.close());

  it('serves a product’s picture to portal users who may order it, and to office staff', async () => {
    expect((await picture(await contactOf(['supplyRequests'], [picturedId]))).statusCode).toBe(200);
    // No list chosen: the whole active catalogue is orderable.
    expect((await picture(await contactOf(['supplyRequests'], null))).statusCode).toBe(200);
    const supervisor = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    expect((await callApi(porter, supervisor, 'GET', `/api/office/attachments/${pictureId}`)).statusCode).toBe(200);
  });

  it('answers 404 to a customer not allowed the product, one without supplies, and once the product is retired', async () => {
    expect((await picture(await contactOf(['supplyRequests'], [plainId]))).statusCode).toBe(404);
    expect((await picture(await contactOf(['feedback'], null))).statusCode).toBe(404);
    const allowed = await contactOf(['supplyRequests'], [picturedId]);
    await callApi(porter, owner, 'PUT', `/api/office/supply-products/${picturedId}`, { name: 'Mop', unit: 'each', active: false });
    expect((await picture(allowed)).statusCode).toBe(404);
    await callApi(porter, owner, 'PUT', `/api/office/supply-products/${picturedId}`, { name: 'Mop', unit: 'each', active: true });
    expect((await picture(allowed)).statusCode).toBe(200);
  });

  it('refuses a product list of 40,000 ids with a 400 naming productIds, and takes 500', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const choose = (productIds: string[]) => callApi(porter, owner, 'PUT', `/api/office/customers/${customer.id}/supply-products`, { productIds });
    const huge = await choose(Array.from({ length: 40_000 }, (_, i) => `product-${i}`));
    expect(huge.statusCode, huge.body.slice(0, 300)).toBe(400);
    expect(huge.json().error.fields).toHaveProperty('productIds');
    const atLimit = await choose(Array.from({ length: 500 }, () => plainId));
    expect(atLimit.statusCode, atLimit.body.slice(0, 300)).toBe(200);
    expect((await choose(Array.from({ length: 501 }, () => plainId))).statusCode).toBe(400);
  });
});

describe.each(testDialects())('duplicate supply products on %s', (kind) => {
  let porter: TestPorter;
  let owner: string;

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    owner = await signInStaff(porter, (await createTenant(porter.ctx.db)).ownerEmail);
  });
  afterAll(() => porter.close());

  const add = (payload: object) => callApi(porter, owner, 'POST', '/api/office/supply-products', { unit: 'each', ...payload });

  it('answers two identical products added at once with one success and one 409 naming the field', async () => {
    const responses = await Promise.all([add({ name: 'Glass wipes', sku: 'GW-1' }), add({ name: 'Glass wipes', sku: 'GW-1' })]);
    expect(responses.map((r) => r.statusCode).sort(), responses.map((r) => r.body).join('\n')).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().error.fields).toHaveProperty('name');
    const bySku = await Promise.all([add({ name: 'Floor soap', sku: 'FS-9' }), add({ name: 'Floor soap, lemon', sku: 'FS-9' })]);
    expect(bySku.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(bySku.find((r) => r.statusCode === 409)!.json().error.fields).toHaveProperty('sku');
  });

  it('refuses a name already used whatever its case, or a SKU already used, also when editing; products without a SKU do not collide', async () => {
    expect((await add({ name: 'Bin liners' })).statusCode).toBe(201);
    expect((await add({ name: 'Mop heads' })).statusCode).toBe(201);
    const sameName = await add({ name: 'BIN LINERS' });
    expect(sameName.statusCode).toBe(409);
    expect(sameName.json().error.fields).toHaveProperty('name');
    const renamed = (await add({ name: 'Dusters', sku: 'D-1' })).json();
    const edit = await callApi(porter, owner, 'PUT', `/api/office/supply-products/${renamed.id}`, { name: 'Glass wipes', unit: 'each' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.fields).toHaveProperty('name');
    const keep = await callApi(porter, owner, 'PUT', `/api/office/supply-products/${renamed.id}`, { name: 'Dusters', unit: 'pack', sku: 'D-1' });
    expect(keep.statusCode, keep.body).toBe(200);
  });
});
