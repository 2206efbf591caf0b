import { expect } from 'vitest';

type Answer = { statusCode: number; body: string; json: () => unknown };

/**
 * Every page of a cursor-paged list, read as its Next or Show more does: `read` asks for the page
 * after `cursor` (none for the first), and each answer's `nextCursor` leads to the next one.
 */
export async function cursorPages<Page extends { nextCursor: string | null }>(read: (cursor: string | null) => Promise<Answer>, from: string | null = null): Promise<Page[]> {
  const pages: Page[] = [];
  let cursor = from;
  do {
    const response = await read(cursor);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as Page;
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

/** The cursor as a query parameter after others, or nothing for the first page. */
export const cursorParam = (cursor: string | null) => (cursor ? `&cursor=${encodeURIComponent(cursor)}` : '');
