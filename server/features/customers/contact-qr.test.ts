import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe.each(testDialects())('contact QR codes on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let otherOwner: string;
  let customerId: string;
  let contactId: string;

  async function contactOf(tenantId: TenantId, customer: string, name: string): Promise<string> {
    const id = newId();
    await porter.ctx.db.insertInto('customer_contacts').values({ id, tenant_id: tenantId, customer_id: customer, name, email: 'carla@harborview.example', mobile: '(503) 555-0101', mobile_carrier: null, mobile_carrier_domain: null, position: 0 }).execute();
    return id;
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    otherOwner = await signInStaff(porter, other.ownerEmail);
    customerId = (await createCustomer(porter.ctx.db, tenant.tenantId, { name: 'Harborview Dental' })).id;
    contactId = await contactOf(tenant.tenantId, customerId, 'Carla Customer');
  });
  afterAll(() => porter.close());

  const url = (format: string, customer = customerId, contact = contactId) => `/api/office/customers/${customer}/contacts/${contact}/qr.${format}`;

  it('draws the contact’s vCard as a PNG, shown inline or saved as a file named after the contact', async () => {
    const shown = await callApi(porter, owner, 'GET', url('png'));
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('image/png');
    expect(shown.rawPayload.subarray(0, 8).equals(pngSignature)).toBe(true);
    expect(shown.headers['content-disposition']).toMatch(/^inline; filename="Carla-Customer.png"/);
    const saved = await callApi(porter, owner, 'GET', `${url('png')}?download=1`);
    expect(saved.headers['content-disposition']).toMatch(/^attachment; filename="Carla-Customer.png"/);
  });

  it('draws it as an SVG too', async () => {
    const response = await callApi(porter, owner, 'GET', url('svg'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // The same drawing as the contact's exact vCard: the code holds the card, not something near it.
    const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Customer;Carla;;;\r\nFN:Carla Customer\r\nORG:Harborview Dental\r\nEMAIL;TYPE=INTERNET:carla@harborview.example\r\nTEL;TYPE=CELL:(503) 555-0101\r\nEND:VCARD\r\n';
    expect(response.body).toBe(await QRCode.toString(card, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
  });

  it('answers 404 for another company’s customer or contact, and for a contact of another customer', async () => {
    const ownOther = await createCustomer(porter.ctx.db, tenant.tenantId);
    for (const format of ['png', 'svg']) {
      expect((await callApi(porter, otherOwner, 'GET', url(format))).statusCode).toBe(404);
      expect((await callApi(porter, owner, 'GET', url(format, ownOther.id))).statusCode).toBe(404);
    }
    const theirCustomer = await createCustomer(porter.ctx.db, other.tenantId);
    const theirContact = await contactOf(other.tenantId, theirCustomer.id, 'Someone Else');
    expect((await callApi(porter, owner, 'GET', url('png', theirCustomer.id, theirContact))).statusCode).toBe(404);
    expect((await callApi(porter, owner, 'GET', url('png', customerId, theirContact))).statusCode).toBe(404);
  });

  it('is for supervisors and up, as the customer book is', async () => {
    const technician = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
    const supervisor = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    expect((await callApi(porter, technician, 'GET', url('png'))).statusCode).toBe(403);
    expect((await callApi(porter, supervisor, 'GET', url('svg'))).statusCode).toBe(200);
  });
});
