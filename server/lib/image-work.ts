import { semaphore } from './semaphore.ts';
import sharp from 'sharp';

// Re-encoding a large photo keeps a core busy for a second or more, and sharp runs it on libuv's
// thread pool, the same four threads that hash passwords at sign-in. One libvips thread per
// image and one image at a time across the process leave the other core, and three pool
// threads, to answer requests while uploads queue.
sharp.concurrency(1);
/** Uploads waiting for the slot, each holding its file in memory; more are turned away. */
export const maxQueuedImages = 16;
const imageSlots = semaphore(1, maxQueuedImages);

/** Runs sharp work when no other image is being processed in this process; throws QueueFullError when too many wait. */
export function withImageSlot<T>(task: () => Promise<T>): Promise<T> {
  return imageSlots.run(task);
}

/** Image jobs running and queued now. */
export function imageWorkLoad() {
  return imageSlots.load;
}
