import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';

/**
 * The data folder holds the database, the session secret and uploaded files: only Porter's own
 * user may enter it. A folder left open by an earlier version is tightened when we own it.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = statSync(dir);
  if ((stat.mode & 0o077) !== 0 && stat.uid === process.getuid?.()) chmodSync(dir, stat.mode & 0o700);
}

/**
 * Creates the file readable by its owner only, or tightens it if it exists. SQLite gives its
 * -wal and -shm files the main file's mode, so this must happen before the database is opened.
 */
export function ensurePrivateFile(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}
