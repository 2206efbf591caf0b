import type { InitOptions } from 'i18next';
import { namespaces, resources } from './catalogues.ts';
import { defaultLanguage, languages, type Language } from './languages.ts';

/** One configuration for the web app and the server's emails and errors: the same catalogues. */
export function i18nOptions(language: Language): InitOptions {
  return {
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    ns: namespaces,
    defaultNS: 'common',
    resources,
    // React escapes what it renders and emails are plain text: escaping here would double it.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  };
}
