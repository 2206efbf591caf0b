import i18next, { type TFunction } from 'i18next';
import '../../shared/i18n/i18next-types.ts';
import { i18nOptions } from '../../shared/i18n/i18n-options.ts';
import { defaultLanguage, type Language } from '../../shared/i18n/languages.ts';

// One instance for the process: the catalogues are the web app's, so an email and the page it
// links to use the same words.
const instance = i18next.createInstance();
void instance.init(i18nOptions(defaultLanguage));

/** `t` in one language, for an email to its addressee or an answer to one request. */
export function translator(language: Language): TFunction {
  return instance.getFixedT(language);
}
