/** Helpers for validateSearch: URLs are typed by hand, so anything odd falls back to a sensible default. */

/** One of a fixed set of values, e.g. a filter or a tab; anything else counts as not given. */
export function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
  return options.find((option) => option === value);
}

export function optionalText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Page 1 is left out of the URL, so plain links stay plain. */
export function optionalPage(value: unknown): number | undefined {
  const page = typeof value === 'string' ? Number(value) : value;
  return typeof page === 'number' && Number.isInteger(page) && page > 1 ? page : undefined;
}

export function pageOrFirst(page: number | undefined): number {
  return page ?? 1;
}

export function pageForUrl(page: number): number | undefined {
  return page > 1 ? page : undefined;
}

/** Only paths on this site, so a crafted sign-in link can't send people elsewhere afterwards. */
export function safeRedirect(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    ? value
    : undefined;
}

/** A whole number from 1 to `max`, e.g. "older than 7 days"; anything else counts as not given. */
export function optionalPositiveInt(value: unknown, max: number): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= max ? number : undefined;
}
