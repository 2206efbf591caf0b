import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { apiRequest, ApiUnreachableError, isApiError } from './api-client.ts';
import { writeRequest, type WriteContent, type WriteMethod } from './write-content.ts';

/**
 * Writes made in the field with no signal are kept on the device and sent when the connection
 * returns. Each carries an id made here, which the server keeps: sending one twice (a retry after
 * an answer was lost) changes nothing the second time.
 */
interface WriteHeader {
  /** The client-made id the server deduplicates on; also the key here. */
  clientId: string;
  /** Whose write it is: another person signed in on this device never sends it under their name. */
  ownerId: string;
  path: string;
  method: WriteMethod;
  /** What the person did, in their words, to list what is still waiting. */
  label: string;
  /** The queries this write changes (a query key's start): refreshed once the server has answered it, whichever page is open then. */
  refreshes: readonly string[];
}

export type NewWrite = WriteHeader & WriteContent;
export type QueuedWrite = NewWrite & { queuedAt: string };

/** A write the server refused when it was finally sent: the person is told, it is not retried. */
export type RefusedWrite = QueuedWrite & { reason: string };

type Snapshot = { waiting: QueuedWrite[]; refused: RefusedWrite[] };

let store: UseStore | null = null;
const openStore = () => (store ??= createStore('porter-field', 'writes'));

let snapshot: Snapshot = { waiting: [], refused: [] };
const listeners = new Set<() => void>();
const answerListeners = new Set<(write: QueuedWrite) => Promise<unknown>>();
let flushing: Promise<void> | null = null;

function publish(next: Snapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

async function load(ownerId: string): Promise<QueuedWrite[]> {
  const all = (await entries<string, QueuedWrite>(openStore())).map(([, write]) => write);
  return all.filter((write) => write.ownerId === ownerId).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** A fresh id for a write; the server keeps it, so a retry is recognised. */
export function newClientId(): string {
  return crypto.randomUUID();
}

/**
 * Sends a write now, or keeps it when Porter cannot be reached. Answers the server's reply, or
 * `null` when the write waits on the device. A refusal from the server is thrown as usual.
 */
export async function sendOrKeep<T>(write: NewWrite): Promise<T | null> {
  // Earlier writes go first: a clock-out must not reach the server before its clock-in.
  if (snapshot.waiting.length > 0) await flush(write.ownerId);
  if (snapshot.waiting.length === 0) {
    try {
      return await apiRequest<T>(write.path, writeRequest(write));
    } catch (error) {
      if (!(error instanceof ApiUnreachableError)) throw error;
    }
  }
  const queued: QueuedWrite = { ...write, queuedAt: new Date().toISOString() };
  await set(queued.clientId, queued, openStore());
  publish({ ...snapshot, waiting: [...snapshot.waiting, queued] });
  return null;
}

async function sendWaiting(ownerId: string): Promise<void> {
  const waiting = await load(ownerId);
  publish({ ...snapshot, waiting });
  for (const write of waiting) {
    try {
      await apiRequest(write.path, writeRequest(write));
    } catch (error) {
      // Still no connection: try again later, in the same order.
      if (error instanceof ApiUnreachableError) return;
      if (!isApiError(error)) throw error;
      publish({ ...snapshot, refused: [...snapshot.refused, { ...write, reason: error.message }] });
    }
    await del(write.clientId, openStore());
    // The page shows the write as waiting until the server's own data has come back, so what the
    // tap did never flickers away in between.
    await Promise.all([...answerListeners].map((listener) => listener(write)));
    publish({ ...snapshot, waiting: snapshot.waiting.filter((w) => w.clientId !== write.clientId) });
  }
}

/** Sends what waits on this device for this person, oldest first; one flush at a time. */
export function flush(ownerId: string): Promise<void> {
  flushing ??= sendWaiting(ownerId).finally(() => {
    flushing = null;
  });
  return flushing;
}

/** Told of each kept write once the server has answered it, accepted or refused; the write stays listed until the listener is done. */
export function onAnswered(listener: (write: QueuedWrite) => Promise<unknown>): () => void {
  answerListeners.add(listener);
  return () => answerListeners.delete(listener);
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentQueue(): Snapshot {
  return snapshot;
}

/** The person has read what the server refused. */
export function dismissRefused(): void {
  publish({ ...snapshot, refused: [] });
}
