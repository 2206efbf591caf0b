import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

const json = { 'content-type': 'application/json' };
const body = {
  setupCode: 'TEST-CODE-0000',
  companyName: 'Brightway Cleaning',
  slug: 'brightway',
  ownerName: 'Bea Bright',
  ownerEmail: 'bea@brightway.example',
  password: 'a-long-owner-password',
};

describe.each(testDialects())('first-run setup on %s', (kind) => {
  let porter: TestPorter;
  beforeAll(async () => {
    porter = await startTestPorter(kind);
  });
  afterAll(() => porter.close());

  const setup = (payload: object, language = 'da-DK,da;q=0.9,en;q=0.5') => porter.app.inject({ method: 'POST', url: '/api/setup', headers: { ...json, 'accept-language': language }, payload });

  it('is needed on an empty database', async () => {
    expect((await porter.app.inject({ url: '/api/setup' })).json()).toEqual({ needed: true });
  });

  it('refuses a wrong setup code, naming the field, and creates nothing', async () => {
    const response = await setup({ ...body, setupCode: 'GUES-SSED-CODE' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('setupCode');
    expect(await porter.ctx.db.selectFrom('tenants').select('id').execute()).toHaveLength(0);
  });

  it('refuses a bad portal address and a weak password', async () => {
    expect((await setup({ ...body, slug: 'Bad Slug!' })).json().error.fields).toHaveProperty('slug');
    expect((await setup({ ...body, password: '1234567890' })).json().error.fields).toHaveProperty('password');
  });

  it('creates the company and its owner, signs the owner in, and starts the company in the owner’s browser language', async () => {
    const response = await setup(body);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ user: { role: 'owner', email: body.ownerEmail }, company: { slug: 'brightway', name: 'Brightway Cleaning', defaultLanguage: 'da' } });
    const me = await porter.app.inject({ url: '/api/auth/me', headers: { cookie: cookieFrom(response) } });
    expect(me.statusCode).toBe(200);
    expect((await porter.app.inject({ url: '/api/setup' })).json()).toEqual({ needed: false });
  });

  it('cannot be run a second time', async () => {
    const response = await setup({ ...body, slug: 'second', ownerEmail: 'x@second.example' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('setup_not_allowed');
  });
});
