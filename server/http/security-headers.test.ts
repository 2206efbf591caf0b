import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, signInStaff, startTestPorter, testDialects, type TestPorter } from '../test/harness.ts';
import { createTenant } from '../test/factories.ts';

describe('Strict-Transport-Security', () => {
  it('is sent when Porter is served over https, for a year', async () => {
    const porter = await startTestPorter('sqlite', { PUBLIC_URL: 'https://porter.example.com' });
    const response = await porter.app.inject({ url: '/api/health' });
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    await porter.close();
  });

  it('is not sent over plain http, where browsers would ignore it or lock a local install out', async () => {
    const porter = await startTestPorter('sqlite', { PUBLIC_URL: 'http://porter.test' });
    const response = await porter.app.inject({ url: '/api/health' });
    expect(response.headers['strict-transport-security']).toBeUndefined();
    await porter.close();
  });
});

describe.each(testDialects())('caching of API answers on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
  });
  afterAll(() => porter.close());

  it('forbids storing any signed-in JSON answer, and errors too', async () => {
    const owner = await signInStaff(porter, tenant.ownerEmail);
    for (const url of ['/api/auth/me', '/api/office/outbox', '/api/office/customers']) {
      const response = await callApi(porter, owner, 'GET', url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    const refused = await porter.app.inject({ url: '/api/auth/me' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['cache-control']).toBe('no-store');
  });
});
