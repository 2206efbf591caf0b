/** Thrown instead of queueing when a semaphore's waiting line is already full. */
export class QueueFullError extends Error {
  constructor() {
    super('too many tasks are already waiting');
  }
}

/**
 * At most `slots` tasks run at once; the rest wait their turn in arrival order. Beyond
 * `maxWaiting` waiting tasks a new one is refused, since each holds memory while it waits.
 */
export function semaphore(slots: number, maxWaiting = Number.POSITIVE_INFINITY) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running < slots) running += 1;
      else if (waiting.length >= maxWaiting) throw new QueueFullError();
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
    /** Tasks running and waiting now (for tests and diagnostics). */
    get load() {
      return { running, waiting: waiting.length };
    },
  };
}
