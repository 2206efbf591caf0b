import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/harness.ts';
import type { EventBus, LiveEvent } from './event-bus.ts';
import { eventChannel, openPostgresEventBus } from './postgres-event-bus.ts';

const url = process.env.TEST_DATABASE_URL;
const quiet = { warn: () => undefined, info: () => undefined };

describe.skipIf(!url)('live events through PostgreSQL LISTEN/NOTIFY', () => {
  let one: Awaited<ReturnType<typeof freshDatabase>>;
  let another: Awaited<ReturnType<typeof freshDatabase>>;
  const buses: EventBus[] = [];
  const open = async (database: typeof one, retryMs = 50) => {
    const bus = await openPostgresEventBus({ db: database.db, connectionString: url!, schema: database.schema, log: quiet, retryMs });
    buses.push(bus);
    return bus;
  };
  const heard = (bus: EventBus) => {
    const events: LiveEvent[] = [];
    let missed = 0;
    bus.subscribe((event) => events.push(event), () => (missed += 1));
    return { events, missed: () => missed };
  };

  beforeAll(async () => {
    one = await freshDatabase('postgres');
    another = await freshDatabase('postgres');
  });
  afterAll(async () => {
    for (const bus of buses) await bus.close();
    await one.close();
    await another.close();
  });

  it('names its channel after the schema, short enough for PostgreSQL', () => {
    expect(eventChannel(undefined)).toBe('porter_events_public');
    expect(eventChannel('test_abc')).toBe('porter_events_test_abc');
    expect(eventChannel('x'.repeat(63)).length).toBeLessThanOrEqual(63);
    expect(eventChannel('x'.repeat(63))).not.toBe(eventChannel('x'.repeat(62)));
  });

  it('delivers an event to every instance on the schema, the publisher included, and none on another schema', async () => {
    const [first, second, elsewhere] = [await open(one), await open(one), await open(another)];
    const [onFirst, onSecond, onElsewhere] = [heard(first), heard(second), heard(elsewhere)];
    first.publish({ tenantId: 't1', topic: 'visits', locationId: 'l1', id: 'v1' });
    const expected = [{ tenantId: 't1', topic: 'visits', locationId: 'l1', id: 'v1' }];
    await expect.poll(() => onSecond.events).toEqual(expected);
    await expect.poll(() => onFirst.events).toEqual(expected);
    // A marker sent on the other schema after the event: once it arrives, the event would have too.
    elsewhere.publish({ tenantId: 't2', topic: 'marker' });
    await expect.poll(() => onElsewhere.events.map((event) => event.topic)).toEqual(['marker']);
  });

  it('listens again after its connection is cut, and tells listeners events may have been missed', async () => {
    const bus = await open(one);
    const listener = heard(bus);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const cut = await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()", [eventChannel(one.schema)]);
      expect(cut.rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await expect.poll(() => listener.missed(), { timeout: 20_000 }).toBe(1);
    bus.publish({ tenantId: 't1', topic: 'after', locationId: null, id: null });
    await expect.poll(() => listener.events.map((event) => event.topic)).toContain('after');
  });

  it('ignores what it cannot read on its channel', async () => {
    const bus = await open(one);
    const listener = heard(bus);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('select pg_notify($1, $2)', [eventChannel(one.schema), 'not json']);
    await admin.query('select pg_notify($1, $2)', [eventChannel(one.schema), '{"topic":"no tenant"}']);
    await admin.end();
    bus.publish({ tenantId: 't1', topic: 'fine' });
    await expect.poll(() => listener.events.map((event) => event.topic)).toEqual(['fine']);
  });
});
