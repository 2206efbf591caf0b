import type { Language } from '../../../shared/i18n/languages.ts';

export interface Addressee {
  language: Language | null;
  browser_language: Language | null;
}

/**
 * The language an email goes out in: the person's own choice, then the language their browser
 * read Porter in when they last signed in, then the company's default (someone not yet signed in).
 */
export function addresseeLanguage(person: Addressee | null | undefined, company: { default_language: Language }): Language {
  return person?.language ?? person?.browser_language ?? company.default_language;
}
