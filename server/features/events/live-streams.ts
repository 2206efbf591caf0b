import type { ServerResponse } from 'node:http';
import { liveStreamEvents, type LiveEventMessage } from '../../../shared/features/events/events.contract.ts';
import type { EventBus, LiveEvent } from '../../platform/events/event-bus.ts';

/** Who is on the other end of a stream and what they may hear of. */
export type Audience = {
  /** One person, across their tabs: `portal:<id>` or `staff:<id>`. */
  person: string;
  hears: (event: LiveEvent) => boolean;
};

export type LiveStreamOptions = {
  /** How often a comment goes down the stream, and the session is checked again. */
  heartbeatMs: number;
  maxPerPerson: number;
  /** Told when a heartbeat could not check the session, which the stream outlives. */
  onRecheckFailed?: (err: unknown) => void;
};

// A reader this far behind is gone or stuck: it is dropped, reconnects, and refetches.
const maxBufferedBytes = 64 * 1024;

type OpenStream = { res: ServerResponse; person: string; end: () => void };

/**
 * The open event streams of this instance: each hears the bus, keeps what its audience may hear,
 * sends a heartbeat that also checks the session again, and ends with the session, the client,
 * or the server's shutdown.
 */
export function liveStreams(bus: EventBus, options: LiveStreamOptions) {
  const open = new Set<OpenStream>();
  const perPerson = new Map<string, number>();

  const countOf = (person: string) => perPerson.get(person) ?? 0;

  /**
   * Takes over the response and keeps it open. `recheck` answers the audience again (access can
   * change while a page is open) or null when the session has ended; when it fails (the database
   * did not answer, say) the stream keeps what it had and asks again at the next heartbeat, since
   * a page cut off by a hiccup would reconnect and refetch everything it shows. `onEnd` is told
   * once the stream has ended, for whatever reason.
   */
  function start(res: ServerResponse, audience: Audience, recheck: () => Promise<Audience | null>, onEnd?: () => void): void {
    let current = audience;
    let ended = false;
    // The reply is taken over, so the security headers every answer gets are written here.
    res.writeHead(200, {
      'referrer-policy': 'same-origin',
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      'x-content-type-options': 'nosniff',
      // nginx and its kind buffer answers unless told not to; a buffered event arrives never.
      'x-accel-buffering': 'no',
    });
    const send = (text: string) => {
      if (ended) return;
      // A socket that closed before the stream began never says so again: noticed here instead.
      if (res.destroyed || res.writableLength > maxBufferedBytes) return end();
      res.write(text);
    };
    const unsubscribe = bus.subscribe(
      (event) => {
        if (current.hears(event)) send(frame(liveStreamEvents.change, { topic: event.topic, locationId: event.locationId ?? null, id: event.id ?? null }));
      },
      () => send(frame(liveStreamEvents.resync, {})),
    );
    const heartbeat = setInterval(() => void beat(), options.heartbeatMs);
    async function beat() {
      const next = await recheck().catch((err: unknown) => {
        options.onRecheckFailed?.(err);
        return current;
      });
      if (!next) return end();
      current = next;
      send(': heartbeat\n\n');
    }
    function end() {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(stream);
      const left = countOf(current.person) - 1;
      if (left > 0) perPerson.set(current.person, left);
      else perPerson.delete(current.person);
      if (!res.writableEnded) res.end();
      onEnd?.();
    }
    const stream: OpenStream = { res, person: audience.person, end };
    open.add(stream);
    perPerson.set(audience.person, countOf(audience.person) + 1);
    res.on('close', end);
    // A browser reconnecting after three seconds is soon enough, and spares a restarting server.
    send(`retry: 3000\n${frame(liveStreamEvents.ready, {})}`);
  }

  return {
    /** False when the person already holds the most streams allowed. */
    mayOpen: (person: string) => countOf(person) < options.maxPerPerson,
    start,
    /** Ends every stream, so a shutdown does not wait for pages that would never hang up. */
    endAll: () => {
      for (const stream of [...open]) stream.end();
    },
    get size() {
      return open.size;
    },
  };
}

export type LiveStreams = ReturnType<typeof liveStreams>;

function frame(event: string, data: LiveEventMessage | Record<string, never>): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
