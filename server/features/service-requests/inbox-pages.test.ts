import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { cursorPages, cursorParam } from '../../test/cursor-pages.ts';

type Page = { items: { id: string; status: string }[]; nextCursor: string | null; newCount: number };

describe.each(testDialects())('the office inbox, a page at a time by keyset, on %s', (kind) => {
  let porter: TestPorter;
  let owner: string;
  let technician: string;
  let portal: { slug: string; cookie: string; locationId: string; categoryId: string };
  let theirs: { owner: string; cursor: string };
  /** My requests, oldest first; the three in the middle share one creation time, so only the id orders them. */
  const ids: string[] = [];

  const inbox = (cookie: string, query: string) => callApi(porter, cookie, 'GET', `/api/office/requests?${query}`);
  const open = async (text: string) => {
    const created = await callApi(porter, portal.cookie, 'POST', `/api/portal/${portal.slug}/requests`, { locationId: portal.locationId, categoryId: portal.categoryId, text });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  };

  /** Every page of a list, following each page's cursor, as the footer's Next does. */
  const walk = (query: string, from: string | null = null) => cursorPages<Page>((cursor) => inbox(owner, `${query}${cursorParam(cursor)}`), from);
  const idsOf = (pages: Page[]) => pages.flatMap((page) => page.items.map((item) => item.id));

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    const tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    technician = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['serviceRequests'] });
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const categoryId = (await callApi(porter, owner, 'POST', '/api/office/request-categories', { name: 'Missed cleaning' })).json().id;
    portal = { slug: tenant.slug, cookie: await signInPortal(porter, tenant.slug, user.email), locationId: customer.locationIds[0]!, categoryId };
    for (let i = 0; i < 7; i += 1) ids.push(await open(`Request ${i}`));
    // Created a day apart, the middle three at the same moment; updated in the reverse order.
    for (const [i, id] of ids.entries()) {
      const created = new Date(Date.UTC(2026, 0, 1 + (i >= 2 && i <= 4 ? 2 : i))).toISOString();
      const updated = new Date(Date.UTC(2026, 1, 20 - i)).toISOString();
      await inspect(porter.ctx.db).updateTable('service_requests').set({ created_at: created, updated_at: updated }).where('id', '=', id).execute();
    }
    await inspect(porter.ctx.db).updateTable('service_requests').set({ status: 'closed' }).where('id', '=', ids[0]!).execute();

    const other = await createTenant(porter.ctx.db);
    const otherOwner = await signInStaff(porter, other.ownerEmail);
    const otherCustomer = await createCustomer(porter.ctx.db, other.tenantId, { portal: true, features: ['serviceRequests'] });
    const otherUser = await createPortalUser(porter.ctx.db, other.tenantId, otherCustomer.id, otherCustomer.locationIds);
    const otherPortal = await signInPortal(porter, other.slug, otherUser.email);
    const otherCategory = (await callApi(porter, otherOwner, 'POST', '/api/office/request-categories', { name: 'Other' })).json().id;
    for (const text of ['Theirs 1', 'Theirs 2']) await callApi(porter, otherPortal, 'POST', `/api/portal/${other.slug}/requests`, { locationId: otherCustomer.locationIds[0], categoryId: otherCategory, text });
    theirs = { owner: otherOwner, cursor: (await inbox(otherOwner, 'pageSize=1')).json<Page>().nextCursor! };
  });
  afterAll(() => porter.close());

  it('pages each sort in its own order, the id breaking ties, each row once, the last page without a cursor', async () => {
    const newest = await walk('status=all&pageSize=3');
    expect(newest.map((page) => page.items.length)).toEqual([3, 3, 1]);
    expect(newest.at(-1)!.nextCursor).toBeNull();
    expect(idsOf(newest)).toEqual([...ids].reverse());
    expect(idsOf(await walk('status=all&sort=oldest&pageSize=2'))).toEqual(ids);
    expect(idsOf(await walk('status=all&sort=updated&pageSize=4'))).toEqual(ids);
    // The default list (unfinished) leaves the closed one out; a page that fills exactly has no next.
    const unfinished = await walk('pageSize=6');
    expect(unfinished).toHaveLength(1);
    expect(idsOf(unfinished)).toEqual([...ids].reverse().slice(0, 6));
    expect(unfinished[0]!.newCount).toBe(6);
  });

  it('keeps its place when a request arrives between pages: no row twice, none skipped', async () => {
    const first = (await inbox(owner, 'status=all&pageSize=3')).json<Page>();
    const arrived = await open('Arrived meanwhile');
    try {
      const rest = await walk('status=all&pageSize=3', first.nextCursor);
      expect([...first.items.map((item) => item.id), ...idsOf(rest)]).toEqual([...ids].reverse());
      expect((await inbox(owner, 'status=all&pageSize=1')).json<Page>().items[0]!.id).toBe(arrived);
    } finally {
      await inspect(porter.ctx.db).deleteFrom('service_requests').where('id', '=', arrived).execute();
    }
  });

  it('refuses a cursor made for another sort, another filter or another company, and a made-up one, naming the cursor', async () => {
    const newestCursor = (await inbox(owner, 'status=all&pageSize=2')).json<Page>().nextCursor!;
    const refused = [
      await inbox(owner, `status=all&sort=oldest&cursor=${encodeURIComponent(newestCursor)}`),
      await inbox(owner, `status=all&sort=updated&cursor=${encodeURIComponent(newestCursor)}`),
      await inbox(owner, `cursor=${encodeURIComponent(newestCursor)}`),
      await inbox(owner, `status=all&q=Request&cursor=${encodeURIComponent(newestCursor)}`),
      await inbox(owner, `status=all&locationId=${portal.locationId}&cursor=${encodeURIComponent(newestCursor)}`),
      await inbox(owner, `status=all&cursor=${encodeURIComponent(theirs.cursor)}`),
      await inbox(theirs.owner, `status=all&cursor=${encodeURIComponent(newestCursor)}`),
      await inbox(owner, 'status=all&cursor=not-a-cursor'),
    ];
    for (const response of refused) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.fields).toHaveProperty('cursor');
    }
    // The same cursor with the same list, the page size aside, reads on.
    expect((await inbox(owner, `status=all&pageSize=5&cursor=${encodeURIComponent(newestCursor)}`)).json<Page>().items.map((item) => item.id)).toEqual([...ids].reverse().slice(2, 7));
  });

  it('shows another company none of mine, and technicians no inbox', async () => {
    const seen = idsOf([(await inbox(theirs.owner, 'status=all&pageSize=100')).json<Page>()]);
    expect(seen).toHaveLength(2);
    expect(seen.some((id) => ids.includes(id))).toBe(false);
    expect((await inbox(technician, 'status=all')).statusCode).toBe(403);
    expect((await inbox(owner, 'pageSize=101')).json().error.fields).toHaveProperty('pageSize');
  });
});
