import { useRef, useState } from 'react';
import { notifyError, notifySaved } from './error-message.ts';

/**
 * For controls that save the whole object the moment they change (switches, selects).
 * The newest value shows at once; saves go out one at a time and each carries the newest
 * value, so quick clicks can neither overtake nor undo one another. A failed save puts the
 * last value the server confirmed back on screen.
 */
export function useSerialSave<T>(saved: T, send: (value: T) => Promise<unknown>) {
  const [shown, setShown] = useState<T>(saved);
  const confirmed = useRef<T>(saved);
  const queued = useRef<{ value: T; message: string | null } | null>(null);
  const sending = useRef(false);

  async function drain(): Promise<void> {
    while (!sending.current && queued.current) {
      const next = queued.current;
      queued.current = null;
      sending.current = true;
      try {
        await send(next.value);
        confirmed.current = next.value;
        if (next.message) notifySaved(next.message);
      } catch (error) {
        queued.current = null;
        setShown(confirmed.current);
        notifyError(error);
      } finally {
        sending.current = false;
      }
    }
  }

  function save(value: T, message: string | null = null): void {
    setShown(value);
    queued.current = { value, message };
    void drain();
  }

  return { shown, save };
}
