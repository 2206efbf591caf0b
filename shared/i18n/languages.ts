/** The languages Porter speaks. Adding one is adding its catalogues under `catalogues/<code>/`. */
export const languages = ['en', 'es', 'da'] as const;

export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'en';

/** Each language named in itself, as a language menu shows it whatever the page's language. */
export const languageNames: Record<Language, string> = { en: 'English', es: 'Español', da: 'Dansk' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The first supported language among a browser's preferred tags (`es-MX`, `da`, …), compared by
 * their primary subtag; null when none is supported, so the caller falls back to the company's.
 */
export function matchLanguage(tags: readonly string[]): Language | null {
  for (const tag of tags) {
    const primary = tag.trim().split(/[-_;]/)[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return null;
}

/** The tags of an `Accept-Language` header, most preferred first (`da, en-GB;q=0.8, en;q=0.7`). */
export function acceptLanguageTags(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}
