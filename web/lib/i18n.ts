import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import '../../shared/i18n/i18next-types.ts';
import { i18nOptions } from '../../shared/i18n/i18n-options.ts';
import { defaultLanguage, isLanguage, matchLanguage, type Language } from '../../shared/i18n/languages.ts';

/** The browser's first language Porter speaks, or null (then the company's default applies). */
export function browserLanguage(): Language | null {
  return matchLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  ...i18nOptions(browserLanguage() ?? defaultLanguage),
  // A key missing from every catalogue is a bug: say so loudly where journeys and developers look.
  saveMissing: true,
  missingKeyHandler: (_languages, namespace, key) => console.error(`Missing translation: ${namespace}:${key}`),
});

function followLanguage(language: string): void {
  document.documentElement.lang = language;
}
followLanguage(i18n.language);
i18n.on('languageChanged', followLanguage);

/**
 * The person's own choice first, then their browser's language, then the company's default.
 * Called wherever the signed-in person or the company becomes known.
 */
export function applyLanguage(chosen: string | null | undefined, companyDefault: string | null | undefined): void {
  const language = (isLanguage(chosen) ? chosen : null) ?? browserLanguage() ?? (isLanguage(companyDefault) ? companyDefault : null) ?? defaultLanguage;
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

/**
 * The locale for dates and numbers: the browser's own variant of the page's language when it has
 * one (`en-GB` writes 3 Dec, `en-US` Dec 3), else the language itself.
 */
export function formatLocale(): string {
  const language = i18n.language;
  const variant = navigator.languages.find((tag) => tag.toLowerCase().split('-')[0] === language);
  return variant ?? language;
}

/** The reader's own time zone, to decide whether a place's time needs its zone named. */
export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
