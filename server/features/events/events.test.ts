import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxLiveStreamsPerPerson } from '../../../shared/features/events/events.contract.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { listenOnLoopback, openEventStream, type TestEventStream } from '../../test/event-stream.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

describe.each(testDialects())('live event streams on %s', (kind) => {
  let porter: TestPorter;
  let base: string;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let customer: { id: string; locationIds: string[] };
  let contact: { id: string; email: string };
  let owner: string;
  const streams: TestEventStream[] = [];
  const open = async (path: string, cookie?: string) => {
    const stream = await openEventStream(base, path, cookie);
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    // A short heartbeat, so a stream notices an ended session within the test.
    porter = await startTestPorter(kind, {}, { housekeeping: false, liveStreams: { heartbeatMs: 150 } });
    base = await listenOnLoopback(porter);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, locations: 2 });
    // The contact may see the first location only.
    contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, [customer.locationIds[0]!]);
    owner = await signInStaff(porter, tenant.ownerEmail);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await porter.close();
  });

  it('answers 401 without a session, and 404 for a portal that does not exist', async () => {
    expect((await open('/api/office/events')).status).toBe(401);
    expect((await open(`/api/portal/${tenant.slug}/events`)).status).toBe(401);
    const nowhere = await open('/api/portal/no-such-company/events', await signInPortal(porter, tenant.slug, contact.email));
    expect(nowhere.status).toBe(404);
    // A portal session of one company is no session on another's portal.
    expect((await open(`/api/portal/${other.slug}/events`, await signInPortal(porter, tenant.slug, contact.email))).status).toBe(401);
  });

  it('gives the office its own company’s events, never another company’s', async () => {
    const stream = await open('/api/office/events', owner);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toContain('text/event-stream');
    await stream.next('ready');
    porter.ctx.events.publish({ tenantId: other.tenantId, topic: 'visits', locationId: 'elsewhere', id: 'theirs' });
    porter.ctx.events.publish({ tenantId: tenant.tenantId, topic: 'visits', locationId: null, id: 'ours' });
    const change = await stream.next('change');
    expect(JSON.parse(change.data)).toEqual({ topic: 'visits', locationId: null, id: 'ours' });
    expect(stream.received.filter((message) => message.event === 'change')).toHaveLength(1);
  });

  it('gives a portal user only their own locations’ events, without the company’s id', async () => {
    const stream = await open(`/api/portal/${tenant.slug}/events`, await signInPortal(porter, tenant.slug, contact.email));
    await stream.next('ready');
    const [mine, notMine] = customer.locationIds as [string, string];
    porter.ctx.events.publish({ tenantId: tenant.tenantId, topic: 'visits', locationId: notMine, id: 'next door' });
    porter.ctx.events.publish({ tenantId: tenant.tenantId, topic: 'company', locationId: null, id: null });
    porter.ctx.events.publish({ tenantId: other.tenantId, topic: 'visits', locationId: mine, id: 'same id elsewhere' });
    porter.ctx.events.publish({ tenantId: tenant.tenantId, topic: 'visits', locationId: mine, id: 'here' });
    const change = await stream.next('change');
    expect(JSON.parse(change.data)).toEqual({ topic: 'visits', locationId: mine, id: 'here' });
    expect(stream.received.filter((message) => message.event === 'change')).toHaveLength(1);
    expect(stream.received.map((message) => message.data).join('')).not.toContain(tenant.tenantId);
  });

  it('tells the customer’s open page when the office plans, moves and re-teams a visit at their location', async () => {
    const stream = await open(`/api/portal/${tenant.slug}/events`, await signInPortal(porter, tenant.slug, contact.email));
    await stream.next('ready');
    const planned = await callApi(porter, owner, 'POST', '/api/office/visits', { customerId: customer.id, locationId: customer.locationIds[0], name: 'Deep clean', date: tomorrow(), time: '09:00', durationMinutes: 60, price: 10000 });
    expect(planned.statusCode, planned.body).toBe(201);
    const visitId = planned.json().visit.id as string;
    expect(JSON.parse((await stream.next('change')).data)).toEqual({ topic: 'visits', locationId: customer.locationIds[0], id: visitId });
    expect((await callApi(porter, owner, 'POST', `/api/office/visits/${visitId}/move`, { date: tomorrow(), time: '11:00' })).statusCode).toBe(200);
    expect(JSON.parse((await stream.next('change')).data).id).toBe(visitId);
    expect((await callApi(porter, owner, 'PUT', `/api/office/visits/${visitId}/team`, { teamIds: [] })).statusCode).toBe(200);
    expect(JSON.parse((await stream.next('change')).data).id).toBe(visitId);
    expect((await callApi(porter, owner, 'POST', `/api/office/visits/${visitId}/cancel`, { reason: 'Closed for the holiday' })).statusCode).toBe(200);
    expect(JSON.parse((await stream.next('change')).data).id).toBe(visitId);
  });

  it('never tells a technician’s stream of the customers’ chat, and keeps a presence row only while a stream is open', async () => {
    const technician = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    const stream = await open('/api/office/events', await signInStaff(porter, technician.email));
    await stream.next('ready');
    const presence = () => inspect(porter.ctx.db).selectFrom('staff_presence').select('id').where('staff_user_id', '=', technician.id).execute();
    await expect.poll(presence).toHaveLength(1);
    porter.ctx.events.publish({ tenantId: tenant.tenantId, topic: 'chat', locationId: customer.locationIds[0], id: 'a message' });
    porter.ctx.events.publish({ tenantId: tenant.tenantId, topic: 'visits', locationId: customer.locationIds[0], id: 'a visit' });
    const change = await stream.next('change');
    expect(JSON.parse(change.data)).toMatchObject({ topic: 'visits', id: 'a visit' });
    expect(stream.received.filter((message) => message.event === 'change')).toHaveLength(1);
    stream.close();
    await expect.poll(presence).toHaveLength(0);
  });

  it('ends the stream when the session ends', async () => {
    const cookie = await signInPortal(porter, tenant.slug, contact.email);
    const stream = await open(`/api/portal/${tenant.slug}/events`, cookie);
    await stream.next('ready');
    await stream.next('comment');
    expect((await callApi(porter, cookie, 'POST', `/api/portal/${tenant.slug}/logout`)).statusCode).toBe(204);
    await stream.ended;
    const technician = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    const staffCookie = await signInStaff(porter, technician.email);
    const staffStream = await open('/api/office/events', staffCookie);
    await staffStream.next('ready');
    expect((await callApi(porter, staffCookie, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    await staffStream.ended;
  });

  it('keeps a stream open through heartbeats that could not check the session, and still ends it with the session', async () => {
    const cookie = await signInPortal(porter, tenant.slug, contact.email);
    const stream = await open(`/api/portal/${tenant.slug}/events`, cookie);
    await stream.next('ready');
    // The sessions are out of the database's reach for two heartbeats: a failure to check, not a refusal.
    const move = (from: string, to: string) => sql`alter table ${sql.table(from)} rename to ${sql.table(to)}`.execute(inspect(porter.ctx.db));
    await move('sessions', 'sessions_away');
    try {
      await stream.next('comment');
      await stream.next('comment');
    } finally {
      await move('sessions_away', 'sessions');
    }
    await stream.next('comment');
    expect((await callApi(porter, cookie, 'POST', `/api/portal/${tenant.slug}/logout`)).statusCode).toBe(204);
    await stream.ended;
  });

  it(`refuses a person’s stream beyond ${maxLiveStreamsPerPerson}, and takes one again once one closes`, async () => {
    const technician = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    const cookie = await signInStaff(porter, technician.email);
    const mine: TestEventStream[] = [];
    for (let i = 0; i < maxLiveStreamsPerPerson; i++) mine.push(await open('/api/office/events', cookie));
    expect(mine.map((stream) => stream.status)).toEqual(mine.map(() => 200));
    const refused = await open('/api/office/events', cookie);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).error.message).toMatch(/Close a tab/);
    // Someone else is not held back by this person's tabs.
    expect((await open('/api/office/events', owner)).status).toBe(200);
    mine[0]!.close();
    await mine[0]!.ended;
    await expect.poll(async () => {
      const again = await open('/api/office/events', cookie);
      again.close();
      return again.status;
    }).toBe(200);
  });
});

describe.each(testDialects())('shutting down with open streams on %s', (kind) => {
  it('ends every open stream and closes promptly', async () => {
    const porter = await startTestPorter(kind, {}, { housekeeping: false });
    const tenant = await createTenant(porter.ctx.db);
    const base = await listenOnLoopback(porter);
    const stream = await openEventStream(base, '/api/office/events', await signInStaff(porter, tenant.ownerEmail));
    await stream.next('ready');
    const started = Date.now();
    await porter.close();
    await stream.ended;
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
