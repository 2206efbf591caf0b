import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

describe.each(testDialects())('health and API document on %s', (kind) => {
  let porter: TestPorter;
  beforeAll(async () => {
    porter = await startTestPorter(kind);
  });
  afterAll(() => porter.close());

  it('answers ok while the database answers', async () => {
    const response = await porter.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3 document of every route, and a browsable reference', async () => {
    const doc = (await porter.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/setup', '/api/auth/login', '/api/portal/{slug}/login', '/api/office/customers', '/api/office/outbox']),
    );
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.properties.email.description).toBeTruthy();
    const docs = await porter.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('Porter API');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await porter.app.inject({ method: 'POST', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('sends security headers', async () => {
    const response = await porter.app.inject({ url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });
});

describe('health without a database', () => {
  it('answers 503 once the database stops answering', async () => {
    const porter = await startTestPorter('sqlite');
    await porter.database.close();
    const response = await porter.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('unavailable');
    await porter.app.close();
  });
});
