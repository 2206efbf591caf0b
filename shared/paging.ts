import { z } from 'zod';

/**
 * Keyset (cursor) paging for the lists that grow without end: a page is the rows after the last
 * one seen, in a stable order, so a row added meanwhile neither repeats nor hides another.
 */
export const cursorSchema = z
  .string()
  .min(1)
  .max(400)
  .describe('Where the page starts: the nextCursor of the page before; left out for the first page');

/** The query of a cursor-paged list: where to start and how many rows to return. */
export function cursorPageQuerySchema(defaultSize: number) {
  return z.object({
    cursor: cursorSchema.optional(),
    pageSize: z.coerce.number().int().min(1).max(100).default(defaultSize).describe('Rows in the page, 1–100'),
  });
}

export const nextCursorSchema = z.string().nullable().describe('The cursor of the next page; null on the last page');
