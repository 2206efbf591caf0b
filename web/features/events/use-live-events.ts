import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { LiveEventMessage } from '../../../shared/features/events/events.contract.ts';
import { liveStreamEvents } from '../../../shared/features/events/events.values.ts';
import { openLiveEvents } from './api/open-live-events.ts';

/** For each topic, the query keys (prefixes) whose data an event of that topic makes stale. */
export type LiveTopics = Readonly<Record<string, readonly QueryKey[]>>;

// A refused stream (signed out, too many tabs, a server restarting) is tried again after this, doubling.
const firstRetryMs = 5_000;
const longestRetryMs = 60_000;

/**
 * Keeps one live-event stream open for the page: an event marks its topic's queries stale, so what
 * is on screen refetches; after any reconnect, everything under `area` on screen refetches, since
 * events may have passed meanwhile. Polling stays on as the fallback when no stream can be had.
 */
export function useLiveEvents(url: string, area: QueryKey, topics: LiveTopics): void {
  const queryClient = useQueryClient();
  const latest = useRef({ area, topics });
  latest.current = { area, topics };
  const areaName = JSON.stringify(area);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retry: number | undefined;
    let failures = 0;
    let listenedBefore = false;
    const refetchShown = () => void queryClient.invalidateQueries({ queryKey: latest.current.area, refetchType: 'active' });

    const connect = () => {
      const current = openLiveEvents(url);
      source = current;
      current.addEventListener(liveStreamEvents.ready, () => {
        if (listenedBefore) refetchShown();
        listenedBefore = true;
        failures = 0;
      });
      current.addEventListener(liveStreamEvents.resync, refetchShown);
      current.addEventListener(liveStreamEvents.change, (message) => {
        const topic = topicOf(parseJson((message as MessageEvent<string>).data));
        if (topic === null) return;
        for (const queryKey of latest.current.topics[topic] ?? []) void queryClient.invalidateQueries({ queryKey });
      });
      current.addEventListener('error', () => {
        // While connecting the browser retries by itself; closed means it gave up (a refusal, not a drop).
        if (current.readyState !== EventSource.CLOSED) return;
        current.close();
        retry = window.setTimeout(connect, Math.min(longestRetryMs, firstRetryMs * 2 ** failures));
        failures += 1;
      });
    };

    connect();
    return () => {
      window.clearTimeout(retry);
      source?.close();
    };
    // The area is compared by its words, not by the array made on each render; `latest` holds the rest.
  }, [url, areaName, queryClient]);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The topic of a change event; only the topic is read, so this checks only that, without zod in every page's load. */
function topicOf(event: unknown): LiveEventMessage['topic'] | null {
  if (typeof event !== 'object' || event === null || !('topic' in event)) return null;
  return typeof event.topic === 'string' ? event.topic : null;
}
