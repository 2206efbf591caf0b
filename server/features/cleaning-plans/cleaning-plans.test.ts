import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxAreasPerLocation, maxTaskLength, maxTasksPerArea } from '../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { fileNameOf, printable } from '../../lib/pdf.ts';
import { pdfText } from '../../test/pdf-text.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Plan = { locationId: string; areas: { id: string; name: string; notes: string | null; tasks: { id: string; text: string; frequency: string }[] }[] };

describe.each(testDialects())('cleaning plans on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let manager: string;
  let supervisor: string;
  let technician: string;
  let otherOwner: string;

  const call = (cookie: string, method: Method, url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const planOf = async (cookie: string, locationId: string): Promise<Plan> => (await call(cookie, 'GET', `/api/office/locations/${locationId}/cleaning-plan`)).json();
  const addArea = (cookie: string, locationId: string, name: string, notes?: string) => call(cookie, 'POST', `/api/office/locations/${locationId}/cleaning-plan/areas`, { name, notes });
  const addTask = (cookie: string, areaId: string, text: string, frequency = 'every_visit') => call(cookie, 'POST', `/api/office/cleaning-plan-areas/${areaId}/tasks`, { text, frequency });
  const staffCookie = async (tenantId: TenantId, role: 'manager' | 'supervisor' | 'technician') => signInStaff(porter, (await createStaff(porter.ctx.db, tenantId, role)).email);

  /** A customer with the portal on at its locations, and a signed-in portal user of the first `granted` of them. */
  async function portalCustomer(tenantId: TenantId, slug: string, locations = 1, granted = 1) {
    const customer = await createCustomer(porter.ctx.db, tenantId, { portal: true, features: ['serviceRequests'], locations });
    const user = await createPortalUser(porter.ctx.db, tenantId, customer.id, customer.locationIds.slice(0, granted));
    return { ...customer, user, cookie: await signInPortal(porter, slug, user.email) };
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    otherOwner = await signInStaff(porter, other.ownerEmail);
    manager = await staffCookie(tenant.tenantId, 'manager');
    supervisor = await staffCookie(tenant.tenantId, 'supervisor');
    technician = await staffCookie(tenant.tenantId, 'technician');
  });
  afterAll(() => porter.close());

  it('starts empty, then keeps areas and tasks in the order they were added, renamed, moved and removed', async () => {
    const { locationIds: [locationId] } = await createCustomer(porter.ctx.db, tenant.tenantId);
    expect(await planOf(owner, locationId!)).toEqual({ locationId, areas: [] });

    const reception = (await addArea(manager, locationId!, '  Reception ', 'Ground floor')).json();
    expect(reception).toMatchObject({ name: 'Reception', notes: 'Ground floor', tasks: [] });
    const restrooms = (await addArea(manager, locationId!, 'Restrooms', '')).json();
    expect(restrooms.notes).toBeNull();
    const kitchen = (await addArea(manager, locationId!, 'Kitchen')).json();

    const wipe = (await addTask(manager, reception.id, 'Wipe the front desk')).json();
    const vacuum = (await addTask(manager, reception.id, 'Vacuum the rugs', 'weekly')).json();
    const glass = (await addTask(manager, reception.id, 'Clean the glass doors', 'monthly')).json();
    expect(vacuum).toMatchObject({ text: 'Vacuum the rugs', frequency: 'weekly' });

    const renamed = await call(manager, 'PUT', `/api/office/cleaning-plan-areas/${kitchen.id}`, { name: 'Kitchenette', notes: 'Second floor' });
    expect(renamed.json()).toMatchObject({ id: kitchen.id, name: 'Kitchenette', notes: 'Second floor' });
    const edited = await call(manager, 'PUT', `/api/office/cleaning-plan-tasks/${wipe.id}`, { text: 'Wipe and disinfect the front desk', frequency: 'every_visit' });
    expect(edited.json()).toEqual({ id: wipe.id, text: 'Wipe and disinfect the front desk', frequency: 'every_visit' });

    const areaOrder = await call(manager, 'PUT', `/api/office/locations/${locationId}/cleaning-plan/area-order`, { areaIds: [kitchen.id, reception.id, restrooms.id] });
    expect(areaOrder.json().areas.map((area: { name: string }) => area.name)).toEqual(['Kitchenette', 'Reception', 'Restrooms']);
    const taskOrder = await call(manager, 'PUT', `/api/office/cleaning-plan-areas/${reception.id}/task-order`, { taskIds: [glass.id, wipe.id, vacuum.id] });
    expect(taskOrder.json().tasks.map((task: { id: string }) => task.id)).toEqual([glass.id, wipe.id, vacuum.id]);

    expect((await call(manager, 'DELETE', `/api/office/cleaning-plan-tasks/${vacuum.id}`)).statusCode).toBe(204);
    // A task added after a removal still goes to the end.
    const mop = (await addTask(manager, reception.id, 'Mop the entrance')).json();
    const plan = await planOf(supervisor, locationId!);
    expect(plan.areas.map((area) => area.name)).toEqual(['Kitchenette', 'Reception', 'Restrooms']);
    expect(plan.areas[1]!.tasks.map((task) => task.id)).toEqual([glass.id, wipe.id, mop.id]);

    expect((await call(manager, 'DELETE', `/api/office/cleaning-plan-areas/${reception.id}`)).statusCode).toBe(204);
    expect((await planOf(owner, locationId!)).areas.map((area) => area.name)).toEqual(['Kitchenette', 'Restrooms']);
    const leftover = await inspect(porter.ctx.db).selectFrom('cleaning_plan_tasks').select('id').where('area_id', '=', reception.id).execute();
    expect(leftover).toEqual([]);
    expect((await call(manager, 'PUT', `/api/office/cleaning-plan-tasks/${wipe.id}`, { text: 'Gone', frequency: 'weekly' })).statusCode).toBe(404);
    expect((await addTask(manager, reception.id, 'Gone')).statusCode).toBe(404);
  });

  it('refuses an order that leaves out, repeats or invents an item with a 409, and changes nothing', async () => {
    const { locationIds: [locationId] } = await createCustomer(porter.ctx.db, tenant.tenantId);
    const a = (await addArea(manager, locationId!, 'A')).json();
    const b = (await addArea(manager, locationId!, 'B')).json();
    for (const areaIds of [[a.id], [a.id, a.id], [a.id, b.id, 'made-up'], [b.id, 'made-up']]) {
      const response = await call(manager, 'PUT', `/api/office/locations/${locationId}/cleaning-plan/area-order`, { areaIds });
      expect(response.statusCode, JSON.stringify(areaIds)).toBe(409);
      expect(response.json().error.fields).toHaveProperty('areaIds');
    }
    const task = (await addTask(manager, a.id, 'Dust')).json();
    expect((await call(manager, 'PUT', `/api/office/cleaning-plan-areas/${a.id}/task-order`, { taskIds: [] })).statusCode).toBe(409);
    expect((await call(manager, 'PUT', `/api/office/cleaning-plan-areas/${b.id}/task-order`, { taskIds: [task.id] })).statusCode).toBe(409);
    expect((await planOf(manager, locationId!)).areas.map((area) => area.id)).toEqual([a.id, b.id]);
  });

  it('names the field of bad input: an empty area name, an empty task, an unknown frequency', async () => {
    const { locationIds: [locationId] } = await createCustomer(porter.ctx.db, tenant.tenantId);
    const noName = await addArea(manager, locationId!, '   ');
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.fields).toHaveProperty('name');
    const area = (await addArea(manager, locationId!, 'Lobby')).json();
    const noText = await addTask(manager, area.id, '');
    expect(noText.statusCode).toBe(400);
    expect(noText.json().error.fields).toHaveProperty('text');
    const daily = await addTask(manager, area.id, 'Dust', 'daily');
    expect(daily.statusCode).toBe(400);
    expect(daily.json().error.fields).toHaveProperty('frequency');
  });

  it(`takes ${maxAreasPerLocation} areas, ${maxTasksPerArea} tasks and ${maxTaskLength} characters, and refuses one more of each naming the field`, async () => {
    const { locationIds: [locationId] } = await createCustomer(porter.ctx.db, tenant.tenantId);
    for (let i = 1; i < maxAreasPerLocation; i++) expect((await addArea(manager, locationId!, `Room ${i}`)).statusCode).toBe(201);
    const last = await addArea(manager, locationId!, `Room ${maxAreasPerLocation}`);
    expect(last.statusCode).toBe(201);
    const tooMany = await addArea(manager, locationId!, 'One room too many');
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields).toHaveProperty('name');
    expect((await planOf(manager, locationId!)).areas).toHaveLength(maxAreasPerLocation);

    const areaId = last.json().id as string;
    const longest = 'x'.repeat(maxTaskLength);
    const atLength = await addTask(manager, areaId, longest);
    expect(atLength.statusCode).toBe(201);
    expect(atLength.json().text).toBe(longest);
    const overLength = await addTask(manager, areaId, `${longest}y`);
    expect(overLength.statusCode).toBe(400);
    expect(overLength.json().error.fields).toHaveProperty('text');
    expect((await call(manager, 'PUT', `/api/office/cleaning-plan-tasks/${atLength.json().id}`, { text: `${longest}y`, frequency: 'weekly' })).statusCode).toBe(400);

    for (let i = 2; i <= maxTasksPerArea; i++) expect((await addTask(manager, areaId, `Task ${i}`)).statusCode).toBe(201);
    const oneMore = await addTask(manager, areaId, 'One task too many');
    expect(oneMore.statusCode).toBe(400);
    expect(oneMore.json().error.fields).toHaveProperty('text');
    expect((await planOf(manager, locationId!)).areas.at(-1)!.tasks).toHaveLength(maxTasksPerArea);
  });

  it('lets a supervisor read but not change a plan, and keeps technicians out of the office routes', async () => {
    const { locationIds: [locationId] } = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 2 });
    const area = (await addArea(owner, locationId!, 'Lobby')).json();
    const task = (await addTask(owner, area.id, 'Dust')).json();
    expect((await call(supervisor, 'GET', `/api/office/locations/${locationId}/cleaning-plan`)).statusCode).toBe(200);
    expect((await call(supervisor, 'GET', `/api/office/locations/${locationId}/cleaning-plan/sources`)).statusCode).toBe(200);
    const refused: [Method, string, object?][] = [
      ['POST', `/api/office/locations/${locationId}/cleaning-plan/areas`, { name: 'Hall' }],
      ['PUT', `/api/office/locations/${locationId}/cleaning-plan/area-order`, { areaIds: [area.id] }],
      ['POST', `/api/office/locations/${locationId}/cleaning-plan/copy`, { fromLocationId: locationId }],
      ['PUT', `/api/office/cleaning-plan-areas/${area.id}`, { name: 'Hall' }],
      ['DELETE', `/api/office/cleaning-plan-areas/${area.id}`],
      ['POST', `/api/office/cleaning-plan-areas/${area.id}/tasks`, { text: 'Mop', frequency: 'weekly' }],
      ['PUT', `/api/office/cleaning-plan-areas/${area.id}/task-order`, { taskIds: [task.id] }],
      ['PUT', `/api/office/cleaning-plan-tasks/${task.id}`, { text: 'Mop', frequency: 'weekly' }],
      ['DELETE', `/api/office/cleaning-plan-tasks/${task.id}`],
    ];
    for (const [method, url, body] of refused) expect((await call(supervisor, method, url, body)).statusCode, `${method} ${url}`).toBe(403);
    expect((await call(technician, 'GET', `/api/office/locations/${locationId}/cleaning-plan`)).statusCode).toBe(403);
    expect((await call(technician, 'GET', `/api/office/locations/${locationId}/cleaning-plan/sources`)).statusCode).toBe(403);
    expect((await planOf(owner, locationId!)).areas).toEqual([{ ...area, tasks: [task] }]);
  });

  it('answers 404 to another company’s location, area and task, and changes nothing of theirs', async () => {
    const { locationIds: [theirs] } = await createCustomer(porter.ctx.db, other.tenantId);
    const theirArea = (await addArea(otherOwner, theirs!, 'Their lobby')).json();
    const theirTask = (await addTask(otherOwner, theirArea.id, 'Their task')).json();
    const { locationIds: [ours] } = await createCustomer(porter.ctx.db, tenant.tenantId);
    const attempts: [Method, string, object?][] = [
      ['GET', `/api/office/locations/${theirs}/cleaning-plan`],
      ['GET', `/api/office/locations/${theirs}/cleaning-plan/sources`],
      ['POST', `/api/office/locations/${theirs}/cleaning-plan/areas`, { name: 'Hall' }],
      ['PUT', `/api/office/locations/${theirs}/cleaning-plan/area-order`, { areaIds: [theirArea.id] }],
      ['POST', `/api/office/locations/${theirs}/cleaning-plan/copy`, { fromLocationId: ours }],
      ['POST', `/api/office/locations/${ours}/cleaning-plan/copy`, { fromLocationId: theirs }],
      ['PUT', `/api/office/cleaning-plan-areas/${theirArea.id}`, { name: 'Hall' }],
      ['DELETE', `/api/office/cleaning-plan-areas/${theirArea.id}`],
      ['POST', `/api/office/cleaning-plan-areas/${theirArea.id}/tasks`, { text: 'Mop', frequency: 'weekly' }],
      ['PUT', `/api/office/cleaning-plan-areas/${theirArea.id}/task-order`, { taskIds: [theirTask.id] }],
      ['PUT', `/api/office/cleaning-plan-tasks/${theirTask.id}`, { text: 'Mop', frequency: 'weekly' }],
      ['DELETE', `/api/office/cleaning-plan-tasks/${theirTask.id}`],
    ];
    for (const [method, url, body] of attempts) expect((await call(owner, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    expect((await planOf(otherOwner, theirs!)).areas).toEqual([{ ...theirArea, tasks: [theirTask] }]);
  });

  it('copies a plan from another location of the same customer in place of the old one, and from no one else', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 3 });
    const [source, target, empty] = customer.locationIds as [string, string, string];
    const hall = (await addArea(manager, source, 'Hall', 'By the lifts')).json();
    await addTask(manager, hall.id, 'Sweep', 'every_visit');
    await addTask(manager, hall.id, 'Polish the brass', 'monthly');
    await addArea(manager, source, 'Stairs');
    const old = (await addArea(manager, target, 'Old area')).json();
    await addTask(manager, old.id, 'Old task');

    const sources = (await call(supervisor, 'GET', `/api/office/locations/${target}/cleaning-plan/sources`)).json();
    expect(sources.items).toEqual([{ locationId: source, name: 'Site 1', areaCount: 2, taskCount: 2 }]);

    const copied = await call(manager, 'POST', `/api/office/locations/${target}/cleaning-plan/copy`, { fromLocationId: source });
    expect(copied.statusCode).toBe(200);
    const plan = copied.json() as Plan;
    expect(plan.areas.map((area) => [area.name, area.notes, area.tasks.map((task) => [task.text, task.frequency])])).toEqual([
      ['Hall', 'By the lifts', [['Sweep', 'every_visit'], ['Polish the brass', 'monthly']]],
      ['Stairs', null, []],
    ]);
    expect(plan.areas[0]!.id).not.toBe(hall.id);
    expect(await planOf(manager, target)).toEqual(plan);
    // The copy stands on its own: changing it leaves the source as it was.
    await call(manager, 'PUT', `/api/office/cleaning-plan-areas/${plan.areas[0]!.id}`, { name: 'Entrance hall' });
    expect((await planOf(manager, source)).areas[0]!.name).toBe('Hall');

    const itself = await call(manager, 'POST', `/api/office/locations/${target}/cleaning-plan/copy`, { fromLocationId: target });
    expect(itself.statusCode).toBe(400);
    expect(itself.json().error.fields).toHaveProperty('fromLocationId');
    const nothing = await call(manager, 'POST', `/api/office/locations/${target}/cleaning-plan/copy`, { fromLocationId: empty });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().error.fields).toHaveProperty('fromLocationId');
    const { locationIds: [anotherCustomers] } = await createCustomer(porter.ctx.db, tenant.tenantId);
    await addArea(manager, anotherCustomers!, 'Not theirs to copy');
    expect((await call(manager, 'POST', `/api/office/locations/${target}/cleaning-plan/copy`, { fromLocationId: anotherCustomers })).statusCode).toBe(404);
    expect((await planOf(manager, target)).areas.map((area) => area.name)).toEqual(['Entrance hall', 'Stairs']);
  });

  it('shows the portal user their location’s plan, offers it in the portal only where there is one, and hides everyone else’s', async () => {
    const customer = await portalCustomer(tenant.tenantId, tenant.slug, 2, 1);
    const [granted, notGranted] = customer.locationIds as [string, string];
    const me = async () => (await callApi(porter, customer.cookie, 'GET', `/api/portal/${tenant.slug}/me`)).json();
    expect((await me()).locations).toEqual([expect.objectContaining({ id: granted, hasCleaningPlan: false })]);
    const empty = await callApi(porter, customer.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${granted}/cleaning-plan`);
    expect(empty.json()).toMatchObject({ locationId: granted, locationName: 'Site 1', address: '1 Test Street', areas: [] });

    const restrooms = (await addArea(manager, granted, 'Restrooms', 'Both floors')).json();
    await addTask(manager, restrooms.id, 'Refill soap and paper', 'every_visit');
    await addArea(manager, notGranted, 'Not for this user');
    expect((await me()).locations).toEqual([expect.objectContaining({ id: granted, hasCleaningPlan: true })]);
    const plan = await callApi(porter, customer.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${granted}/cleaning-plan`);
    expect(plan.json()).toMatchObject({ areas: [{ name: 'Restrooms', notes: 'Both floors', tasks: [{ text: 'Refill soap and paper', frequency: 'every_visit' }] }] });
    const version = plan.json().version as string;
    await addTask(manager, restrooms.id, 'Mop the floors', 'weekly');
    expect((await callApi(porter, customer.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${granted}/cleaning-plan`)).json().version).not.toBe(version);

    // Not granted to them, another customer's, another company's: each as if it did not exist.
    const stranger = await portalCustomer(tenant.tenantId, tenant.slug);
    const theirs = await portalCustomer(other.tenantId, other.slug);
    await addArea(otherOwner, theirs.locationIds[0]!, 'Their area');
    const hidden: [string, string][] = [
      [customer.cookie, `/api/portal/${tenant.slug}/locations/${notGranted}`],
      [stranger.cookie, `/api/portal/${tenant.slug}/locations/${granted}`],
      [customer.cookie, `/api/portal/${tenant.slug}/locations/${theirs.locationIds[0]}`],
      [theirs.cookie, `/api/portal/${other.slug}/locations/${granted}`],
    ];
    for (const [cookie, base] of hidden) {
      expect((await callApi(porter, cookie, 'GET', `${base}/cleaning-plan`)).statusCode, base).toBe(404);
      expect((await callApi(porter, cookie, 'GET', `${base}/cleaning-plan/pdf`)).statusCode, `${base} pdf`).toBe(404);
    }
  });

  it('serves the plan as a PDF download with the company, the place, each task and its frequency', async () => {
    const customer = await portalCustomer(tenant.tenantId, tenant.slug);
    const [locationId] = customer.locationIds as [string];
    const kitchen = (await addArea(manager, locationId, 'Kitchen')).json();
    await addTask(manager, kitchen.id, 'Wipe the counters and the sink', 'every_visit');
    await addTask(manager, kitchen.id, 'Clean inside the microwave', 'weekly');
    await addTask(manager, (await addArea(manager, locationId, 'Storeroom')).json().id, 'Sweep behind the shelves', 'monthly');

    const response = await porter.app.inject({ url: `/api/portal/${tenant.slug}/locations/${locationId}/cleaning-plan/pdf`, headers: { cookie: customer.cookie, 'accept-language': 'en' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="cleaning-plan-site-1.pdf"; filename*=UTF-8\'\'cleaning-plan-site-1.pdf');
    expect(response.headers['content-security-policy']).toContain('sandbox');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(response.rawPayload);
    for (const words of [`Company ${tenant.slug}`, 'What we clean', 'Site 1', '1 Test Street', 'Kitchen', 'Wipe the counters and the sink', 'Every visit', 'Clean inside the microwave', 'Weekly', 'Storeroom', 'Sweep behind the shelves', 'Monthly']) {
      expect(text).toContain(words);
    }
    // Tasks read in the plan's order, each before its frequency.
    expect(text.indexOf('Wipe the counters')).toBeLessThan(text.indexOf('Clean inside the microwave'));
    expect(text.indexOf('Clean inside the microwave')).toBeLessThan(text.indexOf('Sweep behind the shelves'));
  });

  it('writes the PDF in the portal user’s language: their choice over their browser’s', async () => {
    const customer = await portalCustomer(tenant.tenantId, tenant.slug);
    const [locationId] = customer.locationIds as [string];
    const baño = (await addArea(manager, locationId, 'Baño')).json();
    await addTask(manager, baño.id, 'Limpiar el espejo', 'weekly');
    await porter.ctx.db.updateTable('portal_users').set({ language: 'es' }).where('tenant_id', '=', tenant.tenantId).where('id', '=', customer.user.id).execute();
    const cookie = await signInPortal(porter, tenant.slug, customer.user.email);
    const response = await porter.app.inject({ url: `/api/portal/${tenant.slug}/locations/${locationId}/cleaning-plan/pdf`, headers: { cookie, 'accept-language': 'da' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('filename="plan-de-limpieza-site-1.pdf"');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Qué limpiamos');
    expect(text).toContain('Baño');
    expect(text).toContain('Limpiar el espejo');
    expect(text).toContain('Semanal');
    expect(text).not.toContain('Weekly');
  });
});

describe('the cleaning plan PDF’s words', () => {
  it('prints what Helvetica can show and marks the rest, rather than printing wrong letters', () => {
    expect(printable('Tøm skraldespandene – ¿qué? “ok” €5')).toBe('Tøm skraldespandene – ¿qué? “ok” €5');
    expect(printable('Wipe 🎉 the 中 desk\u200b')).toBe('Wipe ? the ? desk?');
  });

  it('names the file in plain letters that every browser keeps', () => {
    expect(fileNameOf('Rengøringsplan Hovedkontor', 'cleaning-plan')).toBe('rengoringsplan-hovedkontor.pdf');
    expect(fileNameOf('Plan de limpieza Clínica / Este', 'cleaning-plan')).toBe('plan-de-limpieza-clinica-este.pdf');
    expect(fileNameOf('中文', 'cleaning-plan')).toBe('cleaning-plan.pdf');
  });
});
