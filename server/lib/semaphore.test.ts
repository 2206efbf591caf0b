import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageWorkLoad, withImageSlot } from './image-work.ts';
import { QueueFullError, semaphore } from './semaphore.ts';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('semaphore', () => {
  it('runs at most its number of tasks at once and starts the waiting ones in arrival order', async () => {
    const slots = semaphore(2);
    const started: number[] = [];
    const gates = [gate(), gate(), gate(), gate()];
    const runs = gates.map((g, i) =>
      slots.run(async () => {
        started.push(i);
        await g.opened;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(slots.load).toEqual({ running: 2, waiting: 2 });
    gates[1]!.open();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open();
    gates[2]!.open();
    gates[3]!.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
  });

  it('turns a task away once its waiting line is full, and takes one again when there is room', async () => {
    const slots = semaphore(1, 2);
    const first = gate();
    const runs = [slots.run(() => first.opened), slots.run(() => Promise.resolve()), slots.run(() => Promise.resolve())];
    await expect(slots.run(() => Promise.resolve())).rejects.toBeInstanceOf(QueueFullError);
    first.open();
    await Promise.all(runs);
    await expect(slots.run(() => Promise.resolve('room again'))).resolves.toBe('room again');
  });

  it('frees the slot when a task fails', async () => {
    const slots = semaphore(1);
    await expect(slots.run(() => Promise.reject(new Error('broken image')))).rejects.toThrow('broken image');
    expect(await slots.run(() => Promise.resolve('next'))).toBe('next');
  });
});

describe('image work', () => {
  it('gives sharp one thread and runs one image at a time across the process', async () => {
    expect(sharp.concurrency()).toBe(1);
    const first = gate();
    const running = withImageSlot(() => first.opened);
    const queued = withImageSlot(() => Promise.resolve('second'));
    await Promise.resolve();
    expect(imageWorkLoad()).toEqual({ running: 1, waiting: 1 });
    first.open();
    await running;
    expect(await queued).toBe('second');
  });
});
