import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../test/harness.ts';
import { createCustomer, createTenant } from '../test/factories.ts';
import { pathOfNul } from './nul-guard.ts';

describe('pathOfNul', () => {
  it('names the first string holding NUL by its dotted path, and nothing in a clean value', () => {
    expect(pathOfNul({ name: 'Acme', contacts: [{ name: 'Pat' }, { name: 'Sam\u0000' }] })).toBe('contacts.1.name');
    expect(pathOfNul('a\u0000b')).toBe('');
    expect(pathOfNul({ name: 'Acme', tags: ['x'], n: 3, ok: true, none: null })).toBeNull();
  });

  it('walks a very deeply nested value without overflowing the stack', () => {
    let value: unknown = 'deep\u0000';
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(pathOfNul(value)).toMatch(/^0(\.0)*$/);
  });
});

describe.each(testDialects())('NUL characters in input on %s', (kind) => {
  let porter: TestPorter;
  let owner: string;
  let customerId: string;

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    const tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    customerId = (await createCustomer(porter.ctx.db, tenant.tenantId)).id;
  });
  afterAll(() => porter.close());

  it('refuses NUL in a customer’s name with a 400 naming the field, and stores nothing', async () => {
    const response = await callApi(porter, owner, 'POST', '/api/office/customers', { name: 'Acme\u0000 Ltd', type: 'commercial' });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', fields: { name: expect.stringMatching(/NUL/) } });
    const stored = await inspect(porter.ctx.db).selectFrom('customers').select('name').where('name', 'like', 'Acme%').execute();
    expect(stored).toEqual([]);
  });

  it('refuses NUL in a nested field, an edit, a search and a path with a 400 naming where it is', async () => {
    const nested = await callApi(porter, owner, 'PUT', `/api/office/customers/${customerId}`, { name: 'Fine', type: 'commercial', contacts: [{ name: 'Pat\u0000' }] });
    expect(nested.statusCode, nested.body).toBe(400);
    expect(nested.json().error.fields).toHaveProperty(['contacts.0.name']);
    const search = await callApi(porter, owner, 'GET', '/api/office/customers?q=a%00b');
    expect(search.statusCode, search.body).toBe(400);
    expect(search.json().error.fields).toHaveProperty('q');
    const path = await callApi(porter, owner, 'GET', '/api/office/customers/x%00y');
    expect(path.statusCode, path.body).toBe(400);
    expect(path.json().error.fields).toHaveProperty('id');
  });
});
