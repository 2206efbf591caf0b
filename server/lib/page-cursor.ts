import { createHmac, timingSafeEqual } from 'node:crypto';
import { invalidFields, message } from '../http/errors.ts';

/** A row's place in a newest-first list: its creation time, then its id to break ties. */
export type KeysetPosition = { at: string; id: string };

const sign = (secret: string, scope: string, payload: string) => createHmac('sha256', secret).update(`${scope}\n${payload}`).digest('base64url');

/**
 * The opaque cursor of the page after `position`. It is signed for one list of one company (the
 * scope), so a cursor carried to another company's or another location's list is refused rather
 * than read as a place in it.
 */
export function sealCursor(secret: string, scope: string, position: KeysetPosition): string {
  const payload = Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
  return `${payload}.${sign(secret, scope, payload)}`;
}

/** The position a cursor names; null for one that is malformed, altered or of another list. */
export function openCursor(secret: string, scope: string, cursor: string): KeysetPosition | null {
  const [payload, signature, ...rest] = cursor.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(secret, scope, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const position: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  if (!Array.isArray(position) || position.length !== 2 || !position.every((part) => typeof part === 'string')) return null;
  return { at: position[0] as string, id: position[1] as string };
}

/**
 * One page from rows read one past its size: the extra row only says there is a next page, whose
 * cursor is the last row kept.
 */
export function keysetPage<T>(rows: T[], pageSize: number, positionOf: (row: T) => KeysetPosition, seal: (position: KeysetPosition) => string): { items: T[]; nextCursor: string | null } {
  if (rows.length <= pageSize) return { items: rows, nextCursor: null };
  const items = rows.slice(0, pageSize);
  return { items, nextCursor: seal(positionOf(items[items.length - 1]!)) };
}

/**
 * Reads one page of a keyset-paged list: opens the query's cursor for `scope` (a cursor of
 * another list, company or location, or a made-up one, answers 400 naming `cursor`), reads one
 * row past the page size and seals the next page's cursor for the same scope.
 */
export async function readKeysetPage<T>(
  secret: string,
  scope: string,
  query: { cursor?: string | undefined; pageSize: number },
  read: (page: { after: KeysetPosition | null; limit: number }) => Promise<T[]>,
  positionOf: (row: T) => KeysetPosition,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const after = query.cursor ? openCursor(secret, scope, query.cursor) : null;
  if (query.cursor && !after) throw invalidFields({ cursor: message('validation.pageCursor') });
  const rows = await read({ after, limit: query.pageSize + 1 });
  return keysetPage(rows, query.pageSize, positionOf, (position) => sealCursor(secret, scope, position));
}
