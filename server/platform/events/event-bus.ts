/**
 * Something changed that open pages should fetch again. An event names what changed, never its
 * content: each open stream decides whether its reader may hear of it, and the page then asks the
 * API, which checks as always.
 */
export type LiveEvent = {
  tenantId: string;
  /** What changed, in the feature's own word: `visits`, `timesheets`, `inspections`. */
  topic: string;
  /** The location it concerns, so a customer's page hears only of their own locations. */
  locationId?: string | null;
  /** The record that changed. */
  id?: string | null;
};

export type LiveEventListener = (event: LiveEvent) => void;
/** Told when events may have been lost (the bus lost its connection and is back): listeners refetch. */
export type MissedEventsListener = () => void;

/**
 * The one channel live updates go through. Publish after the change is committed, so a page that
 * fetches on hearing of it reads the change.
 */
export interface EventBus {
  publish(event: LiveEvent): void;
  /** Answers the function that stops listening. */
  subscribe(listener: LiveEventListener, onMissed?: MissedEventsListener): () => void;
  close(): Promise<void>;
}

/** One instance: events go from publisher to listeners in this process. */
export function inProcessEventBus(): EventBus {
  const listeners = new Set<LiveEventListener>();
  return {
    publish(event) {
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => listeners.clear(),
  };
}
