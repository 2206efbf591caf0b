import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createPortalUser, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { cursorPages, cursorParam } from '../../test/cursor-pages.ts';

type Page = { items: { id: string; status: string }[] | null; nextCursor: string | null; canSubmit: boolean };

describe.each(testDialects())('a location’s requests in the portal, a page at a time, on %s', (kind) => {
  let porter: TestPorter;
  let slug: string;
  let cookie: string;
  let locationIds: string[];
  const opened: string[] = [];
  const finished: string[] = [];
  let theirs: { slug: string; cookie: string; locationId: string };

  /** A customer with a portal user at two locations, and requests opened through the portal at the first. */
  async function company(requests: number) {
    const tenant = await createTenant(porter.ctx.db);
    const owner = await signInStaff(porter, tenant.ownerEmail);
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 2, portal: true, features: ['serviceRequests'] });
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const portal = await signInPortal(porter, tenant.slug, user.email);
    const categoryId = (await callApi(porter, owner, 'POST', '/api/office/request-categories', { name: 'Missed cleaning' })).json().id;
    const ids: string[] = [];
    for (let i = 0; i < requests; i += 1) {
      const created = await callApi(porter, portal, 'POST', `/api/portal/${tenant.slug}/requests`, { locationId: customer.locationIds[0], categoryId, text: `Request ${i}` });
      expect(created.statusCode).toBe(201);
      ids.push(created.json().id);
    }
    return { slug: tenant.slug, cookie: portal, locationIds: customer.locationIds, ids };
  }

  const list = (who: { slug: string; cookie: string }, locationId: string, query: string) => callApi(porter, who.cookie, 'GET', `/api/portal/${who.slug}/locations/${locationId}/requests?${query}`);

  /** Every page of a list, following each page's cursor, as the portal's Show more does. */
  const walk = (query: string) => cursorPages<Page>((cursor) => list({ slug, cookie }, locationIds[0]!, `${query}${cursorParam(cursor)}`));

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    const mine = await company(7);
    ({ slug, cookie, locationIds } = mine);
    // The three oldest are finished: resolved or closed.
    for (const [i, id] of mine.ids.entries()) (i < 3 ? finished : opened).push(id);
    await inspect(porter.ctx.db).updateTable('service_requests').set({ status: 'closed' }).where('id', 'in', finished.slice(0, 2)).execute();
    await inspect(porter.ctx.db).updateTable('service_requests').set({ status: 'resolved' }).where('id', '=', finished[2]!).execute();
    const other = await company(3);
    theirs = { slug: other.slug, cookie: other.cookie, locationId: other.locationIds[0]! };
  });
  afterAll(() => porter.close());

  it('pages the open requests newest first, each once, the last page without a cursor', async () => {
    const pages = await walk('list=open&pageSize=3');
    expect(pages.map((page) => page.items!.length)).toEqual([3, 1]);
    expect(pages.flatMap((page) => page.items!.map((item) => item.id))).toEqual([...opened].reverse());
    expect(pages.at(-1)!.nextCursor).toBeNull();
  });

  it('gives no cursor when the rows fill the page exactly, and pages the finished ones apart', async () => {
    const exact = await walk('list=open&pageSize=4');
    expect(exact).toHaveLength(1);
    expect(exact[0]!.nextCursor).toBeNull();
    const closed = await walk('list=closed&pageSize=2');
    expect(closed.flatMap((page) => page.items!.map((item) => item.id))).toEqual([...finished].reverse());
    expect(closed.flatMap((page) => page.items!.map((item) => item.status))).toEqual(['resolved', 'closed', 'closed']);
  });

  it('keeps its place when a newer request is closed between pages: no row twice, none skipped', async () => {
    const first = (await list({ slug, cookie }, locationIds[0]!, 'list=closed&pageSize=1')).json<Page>();
    await inspect(porter.ctx.db).updateTable('service_requests').set({ status: 'closed' }).where('id', '=', opened[0]!).execute();
    try {
      const second = (await list({ slug, cookie }, locationIds[0]!, `list=closed&pageSize=5&cursor=${encodeURIComponent(first.nextCursor!)}`)).json<Page>();
      expect([...first.items!, ...second.items!].map((item) => item.id)).toEqual([...finished].reverse());
    } finally {
      await inspect(porter.ctx.db).updateTable('service_requests').set({ status: 'new' }).where('id', '=', opened[0]!).execute();
    }
  });

  it('refuses a cursor of another company, another location or the other list, and a made-up one, naming the cursor', async () => {
    const theirCursor = (await list(theirs, theirs.locationId, 'pageSize=1')).json<Page>().nextCursor!;
    const myCursor = (await list({ slug, cookie }, locationIds[0]!, 'list=open&pageSize=1')).json<Page>().nextCursor!;
    const refused = [
      await list({ slug, cookie }, locationIds[0]!, `cursor=${encodeURIComponent(theirCursor)}`),
      await list({ slug, cookie }, locationIds[1]!, `cursor=${encodeURIComponent(myCursor)}`),
      await list({ slug, cookie }, locationIds[0]!, `list=closed&cursor=${encodeURIComponent(myCursor)}`),
      await list({ slug, cookie }, locationIds[0]!, 'cursor=not-a-cursor'),
      await list({ slug, cookie }, locationIds[0]!, `cursor=${encodeURIComponent(`${myCursor.split('.')[0]}x.${myCursor.split('.')[1]}`)}`),
    ];
    for (const response of refused) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.fields).toHaveProperty('cursor');
    }
    // Their own location with my cookie is still not found, whatever the cursor.
    expect((await list({ slug, cookie }, theirs.locationId, `cursor=${encodeURIComponent(theirCursor)}`)).statusCode).toBe(404);
  });

  it('holds the page size between 1 and 100', async () => {
    for (const size of [0, 101]) {
      const response = await list({ slug, cookie }, locationIds[0]!, `pageSize=${size}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toHaveProperty('pageSize');
    }
    expect((await list({ slug, cookie }, locationIds[0]!, 'pageSize=100')).json<Page>().items).toHaveLength(opened.length);
  });
});
