import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { currentQueue, flush, onAnswered, subscribe } from './offline-queue.ts';

/** While something waits, Porter tries again this often, besides whenever the browser says it is back online. */
const retryEveryMs = 30_000;

/**
 * What waits on this device for the signed-in person, sent as soon as the connection allows; once
 * the server has answered a write, the queries it changes are read again.
 */
export function useOfflineQueue(ownerId: string) {
  const queue = useSyncExternalStore(subscribe, currentQueue);
  const queryClient = useQueryClient();
  const waiting = queue.waiting.length > 0;

  useEffect(() => onAnswered((write) => queryClient.invalidateQueries({ queryKey: write.refreshes })), [queryClient]);

  useEffect(() => {
    const send = () => void flush(ownerId);
    send();
    window.addEventListener('online', send);
    return () => { window.removeEventListener('online', send); };
  }, [ownerId]);

  useEffect(() => {
    if (!waiting) return undefined;
    const timer = window.setInterval(() => void flush(ownerId), retryEveryMs);
    return () => { window.clearInterval(timer); };
  }, [ownerId, waiting]);

  return { ...queue, sendNow: () => flush(ownerId) };
}
