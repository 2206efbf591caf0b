import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import '../../shared/i18n/i18next-types.ts';
import { baseI18nOptions } from '../../shared/i18n/base-options.ts';
import { defaultLanguage, isLanguage, matchLanguage, type Language } from '../../shared/i18n/languages.ts';

/** The browser's first language Porter speaks, or null (then the company's default applies). */
export function browserLanguage(): Language | null {
  return matchLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

// One file per language and namespace, each fetched the first time a page asks for that namespace
// (`useTranslation` waits for it under the page loader), so nobody downloads the office's words to
// read the portal, or Danish to read English. Emails are written by the server only.
// The exclusions are written from this file, like the pattern: `!**/index.ts` would look under web/lib/ and exclude nothing.
const catalogueFiles = import.meta.glob<Record<string, ResourceKey>>(['../../shared/i18n/catalogues/*/*.ts', '!../../shared/i18n/catalogues/*/index.ts', '!../../shared/i18n/catalogues/*/emails.ts']);

const fileOf = (language: string, namespace: string) => `../../shared/i18n/catalogues/${language}/${namespace.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}.ts`;

const catalogueFileBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = catalogueFiles[fileOf(language, namespace)];
    // The office namespaces are English only: another language has none, and English fills in.
    if (!load) return callback(null, {});
    load().then(
      (catalogue) => callback(null, catalogue[namespace] ?? {}),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export const i18n = i18next.createInstance();

/** Settled once the first language's common words are in: the app renders after that. */
export const i18nReady = i18n
  .use(catalogueFileBackend)
  .use(initReactI18next)
  .init({
    ...baseI18nOptions(browserLanguage() ?? defaultLanguage),
    ns: ['common', 'app'],
    // Ask for the first words as this module runs, not a task later, after every other module of the app has run.
    initAsync: false,
    // A page's namespaces are asked for together (see the portal's routes); i18next would hold all past ten.
    maxParallelReads: 32,
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
