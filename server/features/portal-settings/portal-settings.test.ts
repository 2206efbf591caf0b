import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createStaff, createTenant } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };

function multipart(field: string, filename: string, type: string, data: Buffer) {
  const boundary = '----porter-test-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`);
  return { payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

const settings = {
  portalEnabled: true,
  displayName: 'Gleam Portal',
  brandColor: '#1a2b3c',
  contactEmail: 'Help@Gleam.example',
  contactPhone: '(555) 010-0100',
  socialLinks: { facebook: 'https://facebook.com/gleam', website: null, instagram: null, linkedin: null, x: null, youtube: null },
  requestsAllowed: true,
  showOpenRequests: true,
  showClosedRequests: false,
  defaultRequestAssigneeId: null,
  allowPrepayments: false,
  customersManageNotifications: true,
};

describe.each(testDialects())('portal settings on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;

  const signIn = (email: string) => signInStaff(porter, email);

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    owner = await signIn(tenant.ownerEmail);
  });
  afterAll(() => porter.close());

  it('saves the switch, branding and options, and the portal shows the branding', async () => {
    const saved = await porter.app.inject({ method: 'PUT', url: '/api/office/settings/portal', headers: { ...json, cookie: owner }, payload: settings });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ ...settings, brandColor: '#1A2B3C', contactEmail: 'help@gleam.example', portalUrl: `http://porter.test/portal/${tenant.slug}` });
    const info = (await porter.app.inject({ url: `/api/portal/${tenant.slug}` })).json();
    expect(info.company.displayName).toBe('Gleam Portal');
    expect(info.branding).toEqual({
      brandColor: '#1A2B3C',
      logoUrl: null,
      contactEmail: 'help@gleam.example',
      contactPhone: '(555) 010-0100',
      address: null,
      socialLinks: [{ network: 'facebook', url: 'https://facebook.com/gleam' }],
    });
  });

  it('names bad fields and refuses an assignee from outside the company', async () => {
    const bad = await porter.app.inject({
      method: 'PUT',
      url: '/api/office/settings/portal',
      headers: { ...json, cookie: owner },
      payload: { ...settings, brandColor: 'teal', contactEmail: 'nope', socialLinks: { ...settings.socialLinks, x: 'javascript:alert(1)' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['brandColor', 'contactEmail', 'socialLinks.x']);
    const other = await createTenant(porter.ctx.db);
    const outsider = await porter.app.inject({ method: 'PUT', url: '/api/office/settings/portal', headers: { ...json, cookie: owner }, payload: { ...settings, defaultRequestAssigneeId: other.ownerId } });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.fields).toHaveProperty('defaultRequestAssigneeId');
    const manager = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    const ok = await porter.app.inject({ method: 'PUT', url: '/api/office/settings/portal', headers: { ...json, cookie: owner }, payload: { ...settings, defaultRequestAssigneeId: manager.id } });
    expect(ok.json().defaultRequestAssigneeId).toBe(manager.id);
  });

  it('is for owners and admins only', async () => {
    const manager = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    const admin = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'admin')).email);
    expect((await porter.app.inject({ url: '/api/office/settings/portal', headers: { cookie: manager } })).statusCode).toBe(403);
    expect((await porter.app.inject({ url: '/api/office/settings/portal', headers: { cookie: admin } })).statusCode).toBe(200);
  });

  it('switching the company portal off closes the portal sign-in', async () => {
    await porter.app.inject({ method: 'PUT', url: '/api/office/settings/portal', headers: { ...json, cookie: owner }, payload: { ...settings, portalEnabled: false } });
    const login = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/login`, headers: json, payload: { email: 'a@b.example', password: 'whatever' } });
    expect(login.json().error.code).toBe('portal_unavailable');
    await porter.app.inject({ method: 'PUT', url: '/api/office/settings/portal', headers: { ...json, cookie: owner }, payload: settings });
  });

  it('stores an uploaded logo re-encoded without its metadata and serves it on the portal', async () => {
    const jpeg = await sharp({ create: { width: 1200, height: 600, channels: 3, background: '#0e7c86' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'secret-maker', Make: 'PhoneCo' } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const { payload, contentType } = multipart('logo', 'logo.jpg', 'image/jpeg', jpeg);
    const uploaded = await porter.app.inject({ method: 'POST', url: '/api/office/settings/portal/logo', headers: { cookie: owner, 'content-type': contentType }, payload });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const logoUrl: string = uploaded.json().logoUrl;
    expect(logoUrl).toMatch(new RegExp(`^/api/portal/${tenant.slug}/logo\\?v=`));

    const served = await porter.app.inject({ url: logoUrl });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 512, height: 256 });
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('secret-maker'))).toBe(false);

    const removed = await porter.app.inject({ method: 'DELETE', url: '/api/office/settings/portal/logo', headers: { cookie: owner } });
    expect(removed.json().logoUrl).toBeNull();
    expect((await porter.app.inject({ url: logoUrl })).statusCode).toBe(404);
  });

  it('refuses a file that is not an image, whatever its name', async () => {
    const { payload, contentType } = multipart('logo', 'logo.png', 'image/png', Buffer.from('<svg onload="alert(1)"></svg>'));
    const response = await porter.app.inject({ method: 'POST', url: '/api/office/settings/portal/logo', headers: { cookie: owner, 'content-type': contentType }, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ logo: 'Choose a PNG, JPEG or WebP image' });
  });

  it('refuses a logo over 2 MB', async () => {
    const { payload, contentType } = multipart('logo', 'big.png', 'image/png', Buffer.alloc(2 * 1024 * 1024 + 10, 1));
    const response = await porter.app.inject({ method: 'POST', url: '/api/office/settings/portal/logo', headers: { cookie: owner, 'content-type': contentType }, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/too large/);
  });
});
