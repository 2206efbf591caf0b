import type { InitOptions } from 'i18next';
import { defaultLanguage, languages, type Language } from './languages.ts';

/**
 * What the web app and the server configure alike. The catalogues are not here: the server holds
 * them all (`i18n-options.ts`), the web app loads each language's namespaces as pages need them.
 */
export function baseI18nOptions(language: Language): InitOptions {
  return {
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    defaultNS: 'common',
    // React escapes what it renders and emails are plain text: escaping here would double it.
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}
