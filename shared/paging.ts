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

/**
 * The most rows a list that is small by nature returns, read whole rather than paged: a company's
 * own catalogues (services, request categories, add-ons, supply products, tax rates), each typed in
 * by hand in Settings and read whole by the pickers that offer them. 500 is far more than any
 * company types in (the demo and bench companies hold at most a few dozen each), so the cap never
 * hides a row in use; it only keeps one runaway list from being read whole on every picker.
 */
export const catalogueCap = 500;

/**
 * The most people the office's staff list returns: a cleaning company's office and field staff,
 * read whole by the Staff page and the pickers that assign people. A company past a thousand
 * people is far beyond the companies Porter is for.
 */
export const staffListCap = 1000;
