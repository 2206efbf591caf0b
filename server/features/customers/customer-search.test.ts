import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { createTenant } from '../../test/factories.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { callApi, freshDatabase, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { customerListQueries, listCustomers } from './customers.repository.ts';

type Listed = { id: string; name: string };

describe.each(testDialects())('customer search on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let otherOwner: string;

  const create = async (cookie: string, name: string, contacts: { name: string; email?: string; mobile?: string }[] = []) => {
    const response = await callApi(porter, cookie, 'POST', '/api/office/customers', { name, type: 'commercial', contacts });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; contacts: { id: string; name: string; email: string | null; mobile: string | null }[] };
  };
  const search = (q: string, cookie = owner) => callApi(porter, cookie, 'GET', `/api/office/customers?pageSize=100&q=${encodeURIComponent(q)}`);
  const names = async (q: string, cookie = owner) => {
    const response = await search(q, cookie);
    expect(response.statusCode, `${q}: ${response.body}`).toBe(200);
    return (response.json().items as Listed[]).map((c) => c.name);
  };

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    const other = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    otherOwner = await signInStaff(porter, other.ownerEmail);
    await create(owner, 'Lighthouse Dental', [{ name: 'Priya Raman', email: 'priya@lighthouse.example', mobile: '5550100' }]);
    await create(owner, 'Quote "Q" Cleaners');
    await create(owner, 'Star*Shine');
    await create(owner, 'Near-By Janitorial');
    await create(owner, 'O’Brien & Sons');
    await create(owner, "O'Hara Offices");
    await create(owner, '50% Off_Clean');
    await create(owner, 'Back\\Slash Services');
    await create(otherOwner, 'Lighthouse Logistics', [{ name: 'Priya Raman', email: 'priya@other.example' }]);
  });
  afterAll(() => porter.close());

  it('finds a customer by any part of a word of its name, or of a contact’s name, email or mobile, case aside', async () => {
    for (const q of ['lighthouse', 'LIGHTHOUSE dental', 'ighthou', 'priya', 'RAMAN', 'priya@lighthouse', 'lighthouse.example', '5550100']) {
      expect(await names(q), q).toEqual(['Lighthouse Dental']);
    }
    expect(await names('lighthouse nobody')).toEqual([]);
  });

  it('never finds another company’s customer, even by words both share', async () => {
    expect(await names('lighthouse')).toEqual(['Lighthouse Dental']);
    expect(await names('logistics')).toEqual([]);
    expect(await names('priya', otherOwner)).toEqual(['Lighthouse Logistics']);
    expect(await names('dental', otherOwner)).toEqual([]);
  });

  it('follows a rename: the old word finds it no more, the new one does', async () => {
    const customer = await create(owner, 'Maplewood Bakery');
    expect(await names('maplewood')).toEqual(['Maplewood Bakery']);
    const renamed = await callApi(porter, owner, 'PUT', `/api/office/customers/${customer.id}`, { name: 'Cedarbrook Bakery', type: 'commercial', contacts: [] });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await names('maplewood')).toEqual([]);
    expect(await names('cedarbrook')).toEqual(['Cedarbrook Bakery']);
  });

  it('forgets a removed contact’s words, whoever removes it: the office’s form or a plain delete', async () => {
    const customer = await create(owner, 'Riverside Gym', [
      { name: 'Tomasz Kowalczyk', email: 'tomasz@riverside.example' },
      { name: 'Ingrid Solberg', email: 'ingrid@riverside.example' },
    ]);
    expect(await names('kowalczyk')).toEqual(['Riverside Gym']);
    const [tomasz, ingrid] = customer.contacts;
    const edited = await callApi(porter, owner, 'PUT', `/api/office/customers/${customer.id}`, { name: 'Riverside Gym', type: 'commercial', contacts: [{ id: ingrid!.id, name: ingrid!.name, email: ingrid!.email }] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await names('kowalczyk')).toEqual([]);
    expect(await names(tomasz!.email!)).toEqual([]);
    expect(await names('solberg')).toEqual(['Riverside Gym']);
    // No service code runs here: the database keeps the text itself.
    await inspect(porter.ctx.db).deleteFrom('customer_contacts').where('id', '=', ingrid!.id).execute();
    expect(await names('solberg')).toEqual([]);
    expect(await names('riverside gym')).toEqual(['Riverside Gym']);
  });

  it('takes quotes, %, _, \\ and FTS5’s operators as plain characters, never as syntax', async () => {
    expect(await names('"q"')).toEqual(['Quote "Q" Cleaners']);
    expect(await names('quote "q"')).toEqual(['Quote "Q" Cleaners']);
    expect(await names('star*shine')).toEqual(['Star*Shine']);
    expect(await names('*')).toEqual(['Star*Shine']);
    expect(await names('near-by')).toEqual(['Near-By Janitorial']);
    expect(await names('-by')).toEqual(['Near-By Janitorial']);
    expect(await names('near')).toEqual(['Near-By Janitorial']);
    expect(await names("o'hara")).toEqual(["O'Hara Offices"]);
    expect(await names('o’brien')).toEqual(['O’Brien & Sons']);
    expect(await names('50%')).toEqual(['50% Off_Clean']);
    expect(await names('off_clean')).toEqual(['50% Off_Clean']);
    expect(await names('k\\sl')).toEqual(['Back\\Slash Services']);
    expect(await names('%')).toEqual(['50% Off_Clean']);
    expect(await names('_')).toEqual(['50% Off_Clean']);
    // Whatever FTS5 or LIKE would make of these, each answers a list: empty, as nothing holds them.
    for (const q of ['""', '"lighthouse', 'lighthouse"', 'NEAR(lighthouse dental)', 'NEAR/2', 'lighthouse AND dental', 'NOT dental', '^light', 'name:light', '(', ')', '{name}:x', '\'; drop table customers; --', '%_%', '***', 'light*']) {
      const response = await search(q);
      expect(response.statusCode, `${q}: ${response.body}`).toBe(200);
      expect(response.json().items, q).toEqual([]);
    }
  });

  it('matches a word of one or two letters anywhere too, without the index', async () => {
    expect(await names('ob')).toEqual([]);
    expect(await names('o’')).toEqual(['O’Brien & Sons']);
    expect(await names('by')).toEqual(['Near-By Janitorial']);
    expect(await names('q')).toEqual(['Quote "Q" Cleaners']);
    expect(await names('ra dental')).toEqual(['Lighthouse Dental']);
  });

  it('keeps archive, paging and the count apart from the words', async () => {
    const customer = await create(owner, 'Archivable Dental');
    expect((await search('dental')).json().total).toBe(2);
    const firstOfTwo = (await callApi(porter, owner, 'GET', '/api/office/customers?q=dental&pageSize=1&page=2&sort=-name')).json();
    expect(firstOfTwo).toMatchObject({ total: 2, items: [{ name: 'Archivable Dental' }] });
    expect((await callApi(porter, owner, 'POST', `/api/office/customers/${customer.id}/archive`)).statusCode).toBe(200);
    expect(await names('dental')).toEqual(['Lighthouse Dental']);
    const archived = (await callApi(porter, owner, 'GET', '/api/office/customers?q=dental&status=archived')).json();
    expect(archived.items.map((c: Listed) => c.name)).toEqual(['Archivable Dental']);
  });

  it('answers from the text index, not by reading the tenant’s customers', async () => {
    // Enough customers that PostgreSQL's planner would rather not read them all, with its statistics and
    // the trigram index's as autovacuum would leave them. SQLite gets none: without them it walked the
    // tenant's name index, until the query fixed its order.
    const db = inspect(porter.ctx.db);
    const now = isoNow();
    const fillers = Array.from({ length: 5000 }, (_, i) => ({
      id: newId(),
      tenant_id: tenant.tenantId,
      name: `Filler Customer ${i}`,
      type: 'commercial' as const,
      email: `billing${i}@filler${i}.example`,
      phone: null,
      billing_address: `${i} Filler Street, Springfield`,
      city: 'Springfield',
      archived_at: null,
      created_at: now,
    }));
    for (let i = 0; i < fillers.length; i += 500) await db.insertInto('customers').values(fillers.slice(i, i + 500)).execute();
    if (kind === 'postgres') await sql`vacuum analyze customers`.execute(db);

    const { items, count } = customerListQueries(porter.ctx.db, tenant.tenantId, { q: 'lighthouse dental', page: 1, pageSize: 25, sort: 'name', status: 'active' });
    for (const query of [items, count]) {
      const compiled = query.compile();
      const explain = kind === 'postgres' ? 'explain ' : 'explain query plan ';
      const { rows } = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(explain + compiled.sql, [...compiled.parameters]));
      const plan = rows.map((row) => String(row['QUERY PLAN'] ?? row.detail));
      if (kind === 'postgres') {
        expect(plan.join('\n')).toContain('customers_search_trgm_idx');
        expect(plan.join('\n')).not.toMatch(/Seq Scan on customers/);
      } else {
        // The FTS5 index first, then each customer it found by id: never a walk over the tenant's customers.
        expect(plan).toContainEqual(expect.stringMatching(/^SCAN f VIRTUAL TABLE INDEX \d+:M/));
        expect(plan).toContainEqual(expect.stringMatching(/^SEARCH c USING .*\(id=\?\)$/));
        expect(plan.join('\n')).not.toMatch(/customers_org_|SCAN customers/);
      }
    }
    expect(await names('lighthouse dental')).toEqual(['Lighthouse Dental']);
  });
});

describe.each(testDialects())('upgrading to the customer search index on %s', (kind) => {
  it('indexes the customers and contacts stored before it, and keeps them current from then on', async () => {
    const database = await freshDatabase(kind, { migrateTo: '20261209130000_customer_toolbox' });
    try {
      const db = inspect(database.db);
      const tenantId = (await createTenant(database.db)).tenantId;
      const customerId = newId();
      await db.insertInto('customers').values({ id: customerId, tenant_id: tenantId, name: 'Stored Before Ltd', type: 'commercial', email: 'ACCOUNTS@stored.example', phone: null, billing_address: null, city: 'Tromsø', archived_at: null, created_at: isoNow() }).execute();
      await db.insertInto('customer_contacts').values({ id: newId(), tenant_id: tenantId, customer_id: customerId, name: 'Wilhelmina Oldfield', email: null, mobile: null, position: 0 }).execute();
      await migrateToLatest(database.db, database.schema);

      const found = async (q: string) => (await listCustomers(database.db, tenantId, { q, page: 1, pageSize: 25, sort: 'name', status: 'active' })).items.map((c) => c.id);
      expect(await db.selectFrom('customers').select('search_text').where('id', '=', customerId).executeTakeFirstOrThrow()).toEqual({ search_text: 'stored before ltd | accounts@stored.example | tromsø | wilhelmina oldfield' });
      for (const q of ['stored before', 'oldfield', 'accounts@stored', 'tromsø']) expect(await found(q), q).toEqual([customerId]);
      await db.updateTable('customer_contacts').set({ name: 'Wilhelmina Newfield' }).where('customer_id', '=', customerId).execute();
      expect(await found('oldfield')).toEqual([]);
      expect(await found('newfield')).toEqual([customerId]);
      await db.deleteFrom('customers').where('id', '=', customerId).execute();
      expect(await found('stored')).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
