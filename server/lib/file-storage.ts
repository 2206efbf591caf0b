import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A stored file read as a stream, for files too large to hold in memory (videos). */
export type StoredStream = { stream: Readable; size: number };

/** Where uploaded files live. Keys are relative paths chosen by the app, never by a user. */
export interface FileStorage {
  put(key: string, data: Buffer): Promise<void>;
  /** Stores the file at `sourcePath` (of `size` bytes) by streaming it; the source is left in place. */
  putFile(key: string, sourcePath: string, size: number): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  /** The file as a stream with its size, or null when there is none. */
  openRead(key: string): Promise<StoredStream | null>;
  remove(key: string): Promise<void>;
}

const safeKey = /^[a-zA-Z0-9_-]+(\/[a-zA-Z0-9_.-]+)*$/;

/** Refuses a key that could leave the store's root; both backends call it. */
export function checkStorageKey(key: string): string {
  if (!safeKey.test(key) || key.includes('..')) throw new Error(`unsafe storage key: ${key}`);
  return key;
}

/** Files under a folder: the data folder's own, or a shared mount (NFS) every instance sees. */
export function localFileStorage(root: string): FileStorage {
  const resolve = (key: string) => path.join(root, checkStorageKey(key));
  // Written aside and renamed: another instance reading the shared folder never sees half a file.
  async function writeAside(key: string, write: (partial: string) => Promise<void>) {
    const file = resolve(key);
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${randomBytes(6).toString('hex')}.partial`;
    try {
      await write(partial);
      await rename(partial, file);
    } finally {
      await rm(partial, { force: true });
    }
  }
  return {
    put: (key, data) => writeAside(key, (partial) => writeFile(partial, data)),
    putFile: (key, sourcePath) => writeAside(key, (partial) => pipeline(createReadStream(sourcePath), createWriteStream(partial))),
    async openRead(key) {
      try {
        const handle = await open(resolve(key));
        const { size } = await handle.stat();
        return { stream: handle.createReadStream(), size };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async get(key) {
      try {
        return await readFile(resolve(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async remove(key) {
      await rm(resolve(key), { force: true });
    },
  };
}
