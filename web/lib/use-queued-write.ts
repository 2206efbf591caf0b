import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { currentQueue, sendOrKeep, subscribe, type QueuedWrite } from './offline-queue.ts';
import type { WriteContent, WriteMethod } from './write-content.ts';

/** One kind of write made in the field: where it goes, whose it is, and the queries it changes. */
export interface QueuedWriteTarget {
  ownerId: string;
  path: string;
  method?: WriteMethod;
  /** A query key's start, read again once the server has the write. */
  refreshes: readonly string[];
}

/** One tap's write: its client id (made once per tap, so a retry is recognised), the words that list it while it waits, and what it carries. */
export type QueuedWriteInput<Content extends WriteContent> = Content & { clientId: string; label: string };

/** The writes to one path that wait on this phone for a person, oldest first: what a page shows as done meanwhile. */
export function useWaitingWrites<Content extends WriteContent>(ownerId: string, path: string): (QueuedWrite & Content)[] {
  const queue = useSyncExternalStore(subscribe, currentQueue);
  // The path decides what a write carries, so its writes carry this target's content.
  return queue.waiting.filter((write): write is QueuedWrite & Content => write.ownerId === ownerId && write.path === path);
}

/**
 * A write made in the field that goes now, or waits on the phone while there is no signal (see
 * `offline-queue.ts`). `mutate` resolves with the server's answer, or `null` when the write waits;
 * `waiting` holds this target's writes still on the phone, oldest first, so the page can show what
 * the tap did meanwhile. A write the server has is followed by reading `refreshes` again.
 *
 * For a file, give the fields as text and the file: `mutate({ clientId, label, body: { clientId, kind }, file: { blob, name } })`.
 */
export function useQueuedWrite<Content extends WriteContent, Result>({ ownerId, path, method = 'POST', refreshes }: QueuedWriteTarget) {
  const queryClient = useQueryClient();
  const waiting = useWaitingWrites<Content>(ownerId, path);
  const mutation = useMutation({
    mutationFn: (input: QueuedWriteInput<Content>) => sendOrKeep<Result>({ ...input, ownerId, path, method, refreshes }),
    // A kept write is refreshed by the queue once it is sent; one sent now is refreshed here.
    onSuccess: (result) => (result === null ? undefined : queryClient.invalidateQueries({ queryKey: refreshes })),
  });
  return { ...mutation, waiting };
}
