import type { InitOptions } from 'i18next';
import { baseI18nOptions } from './base-options.ts';
import { namespaces, resources } from './catalogues.ts';
import type { Language } from './languages.ts';

/** The server's configuration: every catalogue in memory, so an email is written without waiting. */
export function i18nOptions(language: Language): InitOptions {
  return { ...baseI18nOptions(language), ns: namespaces, resources, initAsync: false };
}
