import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../../db/database.ts';
import type { EventBus, LiveEvent, LiveEventListener, MissedEventsListener } from './event-bus.ts';

export type PostgresEventBusOptions = {
  /** Publishing goes through the app's pool: a NOTIFY needs no connection of its own. */
  db: Db;
  /** Listening does: a pooled connection comes and goes, a LISTEN must stay. */
  connectionString: string;
  /** The schema Porter's tables live in; instances on other schemas of one database must not hear each other. */
  schema: string | undefined;
  log: { warn: (details: object, message: string) => void; info: (details: object, message: string) => void };
  /** The first wait before reconnecting; it doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** How often the listening connection is asked whether it is still there. */
  pingMs?: number;
};

// NOTIFY refuses payloads of 8,000 bytes or more; an event is ids only, so this is a bug, not load.
const maxPayloadBytes = 7_900;
// PostgreSQL cuts identifiers at 63 bytes: a long schema name is hashed rather than cut into another's.
const maxChannelLength = 63;

/** The NOTIFY channel of Porter's instances on one schema. */
export function eventChannel(schema: string | undefined): string {
  const name = `porter_events_${(schema ?? 'public').toLowerCase().replace(/[^a-z0-9_]/g, '_')}`;
  if (name.length <= maxChannelLength) return name;
  return `porter_events_${createHash('sha256').update(schema ?? '').digest('hex').slice(0, 40)}`;
}

/**
 * Live events across every instance on one PostgreSQL schema: published with `pg_notify`, heard on
 * one dedicated `LISTEN` connection per instance, which also hears this instance's own events (so
 * there is one path, not two). Answers once the connection listens, so a stream opened after
 * start-up never misses an event; a dropped connection is reopened with growing waits, and
 * listeners are told events may have been missed meanwhile.
 */
export async function openPostgresEventBus(options: PostgresEventBusOptions): Promise<EventBus> {
  const { db, connectionString, log } = options;
  const channel = eventChannel(options.schema);
  const retryMs = options.retryMs ?? 500;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  const listeners = new Set<LiveEventListener>();
  const missedListeners = new Set<MissedEventsListener>();
  let client: pg.Client | null = null;
  let closed = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | null = null;

  const deliver = (payload: string | undefined) => {
    const event = parseEvent(payload);
    if (!event) return;
    for (const listener of listeners) listener(event);
  };

  async function listen(): Promise<void> {
    // The application name shows the channel in pg_stat_activity, so an operator can find the connection.
    const next = new pg.Client({ connectionString, application_name: channel, keepAlive: true, query_timeout: 10_000 });
    next.on('notification', (message) => {
      if (message.channel === channel) deliver(message.payload);
    });
    next.on('error', (err) => drop(next, err));
    next.on('end', () => drop(next));
    try {
      await next.connect();
      await next.query(`listen "${channel}"`);
    } catch (err) {
      void next.end().catch(() => undefined);
      throw err;
    }
    if (closed) {
      await next.end();
      return;
    }
    client = next;
  }

  function drop(dropped: pg.Client, err?: unknown): void {
    if (client !== dropped) return;
    client = null;
    void dropped.end().catch(() => undefined);
    if (closed) return;
    log.warn({ err, channel }, 'live events: the listening connection to PostgreSQL dropped; reconnecting');
    scheduleReconnect();
  }

  function scheduleReconnect(): void {
    const wait = Math.min(maxRetryMs, retryMs * 2 ** failures);
    retryTimer = setTimeout(() => void reconnect(), wait);
    retryTimer.unref();
  }

  async function reconnect(): Promise<void> {
    retryTimer = null;
    if (closed) return;
    try {
      await listen();
    } catch (err) {
      failures += 1;
      log.warn({ err, channel, failures }, 'live events: cannot listen on PostgreSQL yet');
      scheduleReconnect();
      return;
    }
    failures = 0;
    log.info({ channel }, 'live events: listening again');
    // Whatever was published while nobody listened is gone: open pages are told to refetch.
    for (const listener of missedListeners) listener();
  }

  // A connection that died without a word (a firewall forgetting it) is only noticed by using it.
  const ping = setInterval(() => {
    const current = client;
    if (current) current.query('select 1').catch((err: unknown) => drop(current, err));
  }, options.pingMs ?? 30_000);
  ping.unref();

  try {
    await listen();
  } catch (err) {
    clearInterval(ping);
    throw err;
  }

  return {
    publish(event) {
      const payload = JSON.stringify({ tenantId: event.tenantId, topic: event.topic, locationId: event.locationId ?? null, id: event.id ?? null });
      if (Buffer.byteLength(payload) > maxPayloadBytes) {
        log.warn({ topic: event.topic, bytes: Buffer.byteLength(payload) }, 'live events: an event too large for NOTIFY was not sent');
        return;
      }
      sql`select pg_notify(${channel}, ${payload})`.execute(db).catch((err: unknown) => log.warn({ err, channel }, 'live events: could not publish'));
    },
    subscribe(listener, onMissed) {
      listeners.add(listener);
      if (onMissed) missedListeners.add(onMissed);
      return () => {
        listeners.delete(listener);
        if (onMissed) missedListeners.delete(onMissed);
      };
    },
    async close() {
      closed = true;
      clearInterval(ping);
      if (retryTimer) clearTimeout(retryTimer);
      listeners.clear();
      missedListeners.clear();
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}

// Only this app writes to the channel, but anyone with the database's password can NOTIFY: read defensively.
function parseEvent(payload: string | undefined): LiveEvent | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as Partial<Record<keyof LiveEvent, unknown>>;
    if (typeof value.tenantId !== 'string' || typeof value.topic !== 'string') return null;
    return {
      tenantId: value.tenantId,
      topic: value.topic,
      locationId: typeof value.locationId === 'string' ? value.locationId : null,
      id: typeof value.id === 'string' ? value.id : null,
    };
  } catch {
    return null;
  }
}
