import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../test/harness.ts';
import { createCustomer, createTenant } from '../test/factories.ts';
import { newId } from '../lib/ids.ts';
import { isoNow } from '../lib/time.ts';
import { isUniqueViolation } from './unique-violation.ts';

describe.each(testDialects())('duplicate keys on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
  });
  afterAll(() => porter.close());

  it('recognises the database’s own refusal of a duplicate key, and nothing else', async () => {
    const row = () => ({ id: newId(), tenant_id: tenant.tenantId, email: 'same@example.test', name: 'Same', phone: null, password_hash: null, locked_at: null, created_at: isoNow(), last_login_at: null });
    await porter.ctx.db.insertInto('portal_users').values(row()).execute();
    const duplicate = await porter.ctx.db.insertInto('portal_users').values(row()).execute().catch((error: unknown) => error);
    expect(isUniqueViolation(duplicate)).toBe(true);
    const otherFailure = await porter.ctx.db.insertInto('portal_users').values({ ...row(), email: 'x@example.test', tenant_id: 'no-such-tenant' }).execute().catch((error: unknown) => error);
    expect(otherFailure).toBeInstanceOf(Error);
    expect(isUniqueViolation(otherFailure)).toBe(false);
    expect(isUniqueViolation(new Error('UNIQUE constraint failed'))).toBe(false);
  });

  it('answers two identical portal-user additions made at once with one success and one 409 naming the email', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 1, portal: true });
    const add = () => callApi(porter, owner, 'POST', `/api/office/customers/${customer.id}/portal-users`, { name: 'Twin', email: 'twin@example.test', locationIds: customer.locationIds });
    const responses = await Promise.all([add(), add(), add()]);
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes, responses.map((r) => r.body).join('\n')).toEqual([201, 409, 409]);
    for (const refused of responses.filter((r) => r.statusCode === 409)) expect(refused.json().error.fields).toHaveProperty('email');
    const stored = await inspect(porter.ctx.db).selectFrom('portal_users').select('id').where('email', '=', 'twin@example.test').execute();
    expect(stored).toHaveLength(1);
  });
});
