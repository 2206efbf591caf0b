import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxJournalTextLength } from '../../../shared/features/journal/journal.contract.ts';
import { newId } from '../../lib/ids.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Entry = { id: string; date: string; category: string; text: string; authorId: string | null; authorName: string | null };

describe.each(testDialects())('customer journal on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  const cookies: Record<'owner' | 'admin' | 'manager' | 'supervisor' | 'supervisor2' | 'technician' | 'otherOwner', string> = {} as never;
  const ids: Record<'admin' | 'manager' | 'supervisor' | 'supervisor2', string> = {} as never;

  const call = (cookie: string, method: Method, url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const journalOf = (customerId: string, query = '') => `/api/office/customers/${customerId}/journal${query}`;
  const write = (cookie: string, customerId: string, text: string, extra: object = {}) => call(cookie, 'POST', journalOf(customerId), { date: '2026-11-30', category: 'note', text, ...extra });
  const remove = (cookie: string, entryId: string) => call(cookie, 'DELETE', `/api/office/journal-entries/${entryId}`);
  const list = async (cookie: string, customerId: string, query = ''): Promise<{ items: Entry[]; total: number }> => (await call(cookie, 'GET', journalOf(customerId, query))).json();

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    cookies.owner = await signInStaff(porter, tenant.ownerEmail);
    cookies.otherOwner = await signInStaff(porter, other.ownerEmail);
    for (const role of ['admin', 'manager', 'supervisor', 'technician'] as const) {
      const staff = await createStaff(porter.ctx.db, tenant.tenantId, role);
      cookies[role] = await signInStaff(porter, staff.email);
      if (role !== 'technician') ids[role] = staff.id;
    }
    const second = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    cookies.supervisor2 = await signInStaff(porter, second.email);
    ids.supervisor2 = second.id;
  });
  afterAll(() => porter.close());

  it('keeps dated entries by category, newest first by their day, with who wrote them', async () => {
    const { id: customerId } = await createCustomer(porter.ctx.db, tenant.tenantId);
    expect(await list(cookies.owner, customerId)).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });

    const call1 = await write(cookies.supervisor, customerId, '  Carla called about the kitchen.  ', { date: '2026-11-02', category: 'call' });
    expect(call1.statusCode).toBe(201);
    expect(call1.json()).toMatchObject({ customerId, date: '2026-11-02', category: 'call', text: 'Carla called about the kitchen.', authorId: ids.supervisor, authorName: 'A supervisor' });
    await write(cookies.manager, customerId, 'Dust on the sills.', { date: '2026-11-20', category: 'complaint' });
    await write(cookies.admin, customerId, 'Earlier note, written later.', { date: '2026-10-01' });
    await write(cookies.owner, customerId, 'Same day, written after the complaint.', { date: '2026-11-20', category: 'praise' });

    const { items, total } = await list(cookies.supervisor, customerId);
    expect(total).toBe(4);
    expect(items.map((entry) => [entry.date, entry.category])).toEqual([
      ['2026-11-20', 'praise'],
      ['2026-11-20', 'complaint'],
      ['2026-11-02', 'call'],
      ['2026-10-01', 'note'],
    ]);
  });

  it('pages and finds entries by every word of their text, wildcards taken literally', async () => {
    const { id: customerId } = await createCustomer(porter.ctx.db, tenant.tenantId);
    for (let day = 1; day <= 25; day++) await write(cookies.owner, customerId, day % 5 === 0 ? `Window sills checked on day ${day}` : `Routine note ${day}`, { date: `2026-11-${String(day).padStart(2, '0')}` });
    await write(cookies.owner, customerId, 'Discount of 100% offered', { date: '2026-10-01' });

    const second = await list(cookies.owner, customerId, '?page=2&pageSize=10');
    expect(second.total).toBe(26);
    expect(second.items.map((entry) => entry.date)).toEqual(Array.from({ length: 10 }, (_, i) => `2026-11-${String(15 - i).padStart(2, '0')}`));

    const found = await list(cookies.owner, customerId, '?q=SILLS%20window');
    expect(found.total).toBe(5);
    expect(found.items.every((entry) => entry.text.startsWith('Window sills'))).toBe(true);
    expect((await list(cookies.owner, customerId, '?q=100%25')).items.map((entry) => entry.text)).toEqual(['Discount of 100% offered']);
    expect((await list(cookies.owner, customerId, '?q=%25')).total).toBe(1);
  });

  it(`takes ${maxJournalTextLength} characters and refuses ${maxJournalTextLength + 1}, naming the field; an empty text, a bad day or category too`, async () => {
    const { id: customerId } = await createCustomer(porter.ctx.db, tenant.tenantId);
    const longest = await write(cookies.supervisor, customerId, 'x'.repeat(maxJournalTextLength));
    expect(longest.statusCode).toBe(201);
    expect(longest.json().text).toHaveLength(maxJournalTextLength);
    const tooLong = await write(cookies.supervisor, customerId, 'x'.repeat(maxJournalTextLength + 1));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields).toHaveProperty('text');
    for (const [field, body] of [
      ['text', { text: '   ' }],
      ['date', { date: '2026-02-30' }],
      ['date', { date: 'yesterday' }],
      ['category', { category: 'gossip' }],
    ] as const) {
      const response = await write(cookies.supervisor, customerId, 'Fine text', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.fields).toHaveProperty(field);
    }
    expect((await list(cookies.owner, customerId)).total).toBe(1);
  });

  it('lets supervisors and managers delete only their own entries, admins and owners any', async () => {
    const { id: customerId } = await createCustomer(porter.ctx.db, tenant.tenantId);
    const bySupervisor = (await write(cookies.supervisor, customerId, 'By the first supervisor')).json() as Entry;
    const byManager = (await write(cookies.manager, customerId, 'By the manager')).json() as Entry;

    const refused = await remove(cookies.supervisor2, bySupervisor.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('You can delete only the journal entries you wrote.');
    expect((await remove(cookies.supervisor, byManager.id)).statusCode).toBe(403);
    expect((await remove(cookies.manager, bySupervisor.id)).statusCode).toBe(403);
    expect((await list(cookies.owner, customerId)).total).toBe(2);

    expect((await remove(cookies.supervisor, bySupervisor.id)).statusCode).toBe(204);
    expect((await remove(cookies.supervisor, bySupervisor.id)).statusCode).toBe(404);
    expect((await remove(cookies.manager, byManager.id)).statusCode).toBe(204);

    const [a, b] = [(await write(cookies.supervisor, customerId, 'One')).json() as Entry, (await write(cookies.manager, customerId, 'Two')).json() as Entry];
    expect((await remove(cookies.admin, a.id)).statusCode).toBe(204);
    expect((await remove(cookies.owner, b.id)).statusCode).toBe(204);
    expect((await list(cookies.owner, customerId)).total).toBe(0);
  });

  it('keeps an entry whose writer was removed, without an author, deletable only by admins and owners', async () => {
    const { id: customerId } = await createCustomer(porter.ctx.db, tenant.tenantId);
    const leaver = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    const entry = (await write(await signInStaff(porter, leaver.email), customerId, 'Written by someone who left')).json() as Entry;
    await inspect(porter.ctx.db).deleteFrom('sessions').where('principal_id', '=', leaver.id).execute();
    await inspect(porter.ctx.db).deleteFrom('staff_users').where('id', '=', leaver.id).execute();
    expect((await list(cookies.supervisor, customerId)).items).toMatchObject([{ id: entry.id, authorId: null, authorName: null }]);
    expect((await remove(cookies.supervisor, entry.id)).statusCode).toBe(403);
    expect((await remove(cookies.admin, entry.id)).statusCode).toBe(204);
  });

  it('answers each route by role: technicians are refused, supervisors and above let in', async () => {
    const { id: customerId } = await createCustomer(porter.ctx.db, tenant.tenantId);
    const entry = (await write(cookies.owner, customerId, 'Role check')).json() as Entry;
    expect((await call(cookies.technician, 'GET', journalOf(customerId))).statusCode).toBe(403);
    expect((await write(cookies.technician, customerId, 'Not allowed')).statusCode).toBe(403);
    expect((await remove(cookies.technician, entry.id)).statusCode).toBe(403);
    for (const role of ['supervisor', 'manager', 'admin', 'owner'] as const) {
      expect((await call(cookies[role], 'GET', journalOf(customerId))).statusCode, role).toBe(200);
      expect((await write(cookies[role], customerId, `By ${role}`)).statusCode, role).toBe(201);
    }
    const anonymous = await porter.app.inject({ method: 'GET', url: journalOf(customerId) });
    expect(anonymous.statusCode).toBe(401);
  });

  it('answers 404 for another company’s customer or entry, and changes nothing', async () => {
    const { id: customerId } = await createCustomer(porter.ctx.db, tenant.tenantId);
    const entry = (await write(cookies.owner, customerId, 'Ours alone')).json() as Entry;
    expect((await call(cookies.otherOwner, 'GET', journalOf(customerId))).statusCode).toBe(404);
    expect((await write(cookies.otherOwner, customerId, 'Theirs')).statusCode).toBe(404);
    expect((await remove(cookies.otherOwner, entry.id)).statusCode).toBe(404);
    expect((await call(cookies.owner, 'GET', journalOf(newId()))).statusCode).toBe(404);
    expect((await list(cookies.owner, customerId)).items.map((e) => e.text)).toEqual(['Ours alone']);
  });

  it('never puts an entry in any portal response, even to the customer’s own portal users', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['serviceRequests', 'feedback', 'qualityChecks', 'supplyRequests', 'elapsedTime'] });
    await inspect(porter.ctx.db).updateTable('tenants').set({ portal_enabled: true }).where('id', '=', tenant.tenantId).execute();
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId as TenantId, customer.id, customer.locationIds);
    const portal = await signInPortal(porter, tenant.slug, user.email);
    const secret = `journal-secret-${newId()}`;
    expect((await write(cookies.owner, customer.id, `Complaint noted: ${secret}`, { category: 'complaint' })).statusCode).toBe(201);

    type Operation = { responses?: Record<string, { content?: Record<string, unknown> }> };
    const document = (await porter.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, Operation>> };
    // An event stream never ends, so inject would wait for ever; it carries only what other reads return.
    const isStream = (operation: Operation) => Boolean(operation.responses?.['200']?.content?.['text/event-stream']);
    const portalReads = Object.entries(document.paths)
      .filter(([path, operations]) => path.startsWith('/api/portal/') && operations.get && !isStream(operations.get))
      .map(([path]) => path);
    expect(portalReads.length).toBeGreaterThan(20);
    const known: Record<string, string> = { slug: tenant.slug, locationId: customer.locationIds[0]!, customerId: customer.id };
    let answered = 0;
    for (const path of portalReads) {
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => known[name] ?? newId());
      const response = await porter.app.inject({ method: 'GET', url, headers: { cookie: portal } });
      if (response.statusCode === 200) answered += 1;
      expect(response.body, url).not.toContain(secret);
      expect(response.body.toLowerCase(), url).not.toContain('journal');
    }
    expect(answered).toBeGreaterThan(10);
  });
});
