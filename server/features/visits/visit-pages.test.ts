import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

type Page = { items: { id: string; startsAt: string }[]; nextCursor: string | null };

/** The day `n` days from today, as a date the office types. */
const dayAhead = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(testDialects())('the office visits list, a page at a time by keyset, on %s', (kind) => {
  let porter: TestPorter;
  let owner: string;
  let technician: string;
  let customer: Awaited<ReturnType<typeof createCustomer>>;
  let theirs: { owner: string; cursor: string };
  /** My visits in start order; the second and third start at the same moment, so only the id orders them. */
  const ids: string[] = [];
  const atSecond = new Set<string>();

  const list = (cookie: string, query: string) => callApi(porter, cookie, 'GET', `/api/office/visits?${query}`);
  const plan = async (cookie: string, customerId: string, locationId: string, date: string, time: string) => {
    const planned = await callApi(porter, cookie, 'POST', '/api/office/visits', { customerId, locationId, name: 'Deep clean', date, time, durationMinutes: 60, price: 10000 });
    expect(planned.statusCode, planned.body).toBe(201);
    return planned.json().visit.id as string;
  };
  async function walk(query: string, from: string | null = null): Promise<string[][]> {
    const pages: string[][] = [];
    let cursor = from;
    do {
      const response = await list(owner, cursor ? `${query}&cursor=${encodeURIComponent(cursor)}` : query);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<Page>();
      pages.push(page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    return pages;
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    const tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    technician = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
    customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 2 });
    const slots: [number, string][] = [[3, '08:00'], [4, '09:00'], [4, '09:00'], [5, '10:00'], [6, '07:00']];
    for (const [i, [day, time]] of slots.entries()) {
      const id = await plan(owner, customer.id, customer.locationIds[i % 2]!, dayAhead(day), time);
      ids.push(id);
      if (i % 2 === 1) atSecond.add(id);
    }
    ids.splice(1, 2, ...[ids[1]!, ids[2]!].sort());

    const other = await createTenant(porter.ctx.db);
    const otherOwner = await signInStaff(porter, other.ownerEmail);
    const otherCustomer = await createCustomer(porter.ctx.db, other.tenantId);
    for (const day of [3, 4]) await plan(otherOwner, otherCustomer.id, otherCustomer.locationIds[0]!, dayAhead(day), '09:00');
    theirs = { owner: otherOwner, cursor: (await list(otherOwner, 'pageSize=1')).json<Page>().nextCursor! };
  });
  afterAll(() => porter.close());

  it('pages in start order either way, the id breaking ties, each visit once, the last page without a cursor', async () => {
    const query = `customerId=${customer.id}&pageSize=2`;
    expect(await walk(query)).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
    expect((await walk(`${query}&order=desc`)).flat()).toEqual([...ids].reverse());
    expect(await walk(`customerId=${customer.id}&pageSize=5`)).toEqual([ids]);
    expect((await walk(`locationId=${customer.locationIds[1]}&pageSize=1`)).flat()).toEqual(ids.filter((id) => atSecond.has(id)));
  });

  it('keeps its place when a visit is planned between pages: no visit twice, none skipped', async () => {
    const first = (await list(owner, `customerId=${customer.id}&pageSize=2`)).json<Page>();
    // Planned before every visit shown so far: it belongs on the first page, not the next.
    const earlier = await plan(owner, customer.id, customer.locationIds[0]!, dayAhead(2), '08:00');
    const rest = await walk(`customerId=${customer.id}&pageSize=2`, first.nextCursor);
    expect([...first.items.map((item) => item.id), ...rest.flat()]).toEqual(ids);
    expect((await list(owner, `customerId=${customer.id}&pageSize=1`)).json<Page>().items[0]!.id).toBe(earlier);
    expect((await callApi(porter, owner, 'POST', `/api/office/visits/${earlier}/cancel`, { reason: 'Planned by mistake' })).statusCode).toBe(200);
  });

  it('refuses a cursor made for another order, filter or company, and a made-up one, naming the cursor', async () => {
    const cursor = (await list(owner, `customerId=${customer.id}&pageSize=1`)).json<Page>().nextCursor!;
    const refused = [
      await list(owner, `customerId=${customer.id}&order=desc&cursor=${encodeURIComponent(cursor)}`),
      await list(owner, `cursor=${encodeURIComponent(cursor)}`),
      await list(owner, `customerId=${customer.id}&status=scheduled&cursor=${encodeURIComponent(cursor)}`),
      await list(owner, `customerId=${customer.id}&cursor=${encodeURIComponent(theirs.cursor)}`),
      await list(theirs.owner, `customerId=${customer.id}&cursor=${encodeURIComponent(cursor)}`),
      await list(owner, `customerId=${customer.id}&cursor=made.up`),
    ];
    for (const response of refused) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.fields).toHaveProperty('cursor');
    }
  });

  it('shows another company none of mine, and technicians no list', async () => {
    const seen = (await list(theirs.owner, 'pageSize=100')).json<Page>().items.map((item) => item.id);
    expect(seen).toHaveLength(2);
    expect(seen.some((id) => ids.includes(id))).toBe(false);
    expect((await list(owner, `customerId=${customer.id}&pageSize=501`)).json().error.fields).toHaveProperty('pageSize');
    expect((await list(technician, `customerId=${customer.id}`)).statusCode).toBe(403);
  });
});
