import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Upgrade } from '../../../shared/features/upgrades/upgrades.contract.ts';
import { createStaff, createTenant } from '../../test/factories.ts';
import { callApi, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

describe.each(testDialects())('the upgrade catalogue on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;

  const add = (cookie: string, body: Record<string, unknown>) => callApi(porter, cookie, 'POST', '/api/office/upgrades', { price: 3500, extraMinutes: 30, ...body });

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { housekeeping: false });
    tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
  });
  afterAll(() => porter.close());

  it('adds, changes and deactivates upgrades, listing the active ones first with the company’s currency', async () => {
    const oven = await add(owner, { name: 'Inside the oven', description: 'Racks and glass too' });
    expect(oven.statusCode, oven.body).toBe(201);
    expect(oven.json()).toMatchObject({ name: 'Inside the oven', description: 'Racks and glass too', price: 3500, extraMinutes: 30, active: true });
    const fridge = (await add(owner, { name: 'Inside the fridge', price: 2500, extraMinutes: 20 })).json() as Upgrade;

    const off = await callApi(porter, owner, 'PUT', `/api/office/upgrades/${fridge.id}`, { name: 'Inside the fridge', price: 2700, extraMinutes: 25, active: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ price: 2700, extraMinutes: 25, active: false, description: null });

    const list = (await callApi(porter, owner, 'GET', '/api/office/upgrades')).json();
    expect(list.currency).toBe('USD');
    expect(list.items.map((u: Upgrade) => [u.name, u.active])).toEqual([
      ['Inside the oven', true],
      ['Inside the fridge', false],
    ]);
  });

  it('refuses a name another upgrade has, whatever its case, when adding and when editing, naming the field', async () => {
    expect((await add(owner, { name: 'Windows inside' })).statusCode).toBe(201);
    const walls = (await add(owner, { name: 'Walls' })).json() as Upgrade;
    const sameName = await add(owner, { name: 'WINDOWS INSIDE' });
    expect(sameName.statusCode).toBe(409);
    expect(Object.keys(sameName.json().error.fields)).toEqual(['name']);
    const renamed = await callApi(porter, owner, 'PUT', `/api/office/upgrades/${walls.id}`, { name: 'windows inside', price: 100, extraMinutes: 0 });
    expect(renamed.statusCode).toBe(409);
    expect(Object.keys(renamed.json().error.fields)).toEqual(['name']);
    // Its own name, in another case, is no clash.
    expect((await callApi(porter, owner, 'PUT', `/api/office/upgrades/${walls.id}`, { name: 'WALLS', price: 100, extraMinutes: 0 })).statusCode).toBe(200);
  });

  it('lets only one of two identical upgrades added at once in', async () => {
    const responses = await Promise.all([add(owner, { name: 'Baseboards' }), add(owner, { name: 'baseboards' })]);
    expect(responses.map((r) => r.statusCode).sort(), responses.map((r) => r.body).join('\n')).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().error.fields).toHaveProperty('name');
  });

  it('names the field of a bad price, time or name: 400, never 500', async () => {
    const negative = await add(owner, { name: 'Blinds', price: -1 });
    expect(negative.statusCode).toBe(400);
    expect(Object.keys(negative.json().error.fields)).toEqual(['price']);
    const fraction = await add(owner, { name: 'Blinds', price: 10.5 });
    expect(Object.keys(fraction.json().error.fields)).toEqual(['price']);
    const tooLong = await add(owner, { name: 'Blinds', extraMinutes: 241 });
    expect(Object.keys(tooLong.json().error.fields)).toEqual(['extraMinutes']);
    expect((await add(owner, { name: 'Blinds', extraMinutes: 240 })).statusCode).toBe(201);
    const blank = await add(owner, { name: '  ' });
    expect(Object.keys(blank.json().error.fields)).toEqual(['name']);
  });

  it('lets supervisors read and only admins change; another company’s upgrade is not found', async () => {
    const [supervisor, manager, admin] = await Promise.all(
      (['supervisor', 'manager', 'admin'] as const).map(async (role) => signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, role)).email)),
    );
    const technician = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
    expect((await callApi(porter, technician, 'GET', '/api/office/upgrades')).statusCode).toBe(403);
    expect((await callApi(porter, supervisor!, 'GET', '/api/office/upgrades')).statusCode).toBe(200);
    expect((await add(manager!, { name: 'Garage' })).statusCode).toBe(403);
    const garage = await add(admin!, { name: 'Garage' });
    expect(garage.statusCode).toBe(201);
    expect((await callApi(porter, manager!, 'PUT', `/api/office/upgrades/${garage.json().id}`, { name: 'Garage', price: 1, extraMinutes: 0 })).statusCode).toBe(403);

    const rival = await createTenant(porter.ctx.db);
    const rivalOwner = await signInStaff(porter, rival.ownerEmail);
    expect((await callApi(porter, rivalOwner, 'PUT', `/api/office/upgrades/${garage.json().id}`, { name: 'Garage', price: 1, extraMinutes: 0 })).statusCode).toBe(404);
    expect((await callApi(porter, rivalOwner, 'GET', '/api/office/upgrades')).json().items).toEqual([]);
    // The same name in another company is no clash.
    expect((await add(rivalOwner, { name: 'Garage' })).statusCode).toBe(201);
  });
});
