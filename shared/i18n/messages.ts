import type { TFunction } from 'i18next';
import type { Namespace } from './catalogues.ts';
import type { errors } from './catalogues/en/errors.ts';
import type { Language } from './languages.ts';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the `errors` catalogue, checked against the English one: `'staff.emailTaken'`. */
export type ErrorKey = Leaves<typeof errors>;

/**
 * What fills a `{{variable}}`: plain text or a number, another message (translated first), a list
 * of messages (translated and joined with "; "), or text that depends on the language, like a
 * duration written by `Intl`.
 */
export type MessageValue = string | number | Message | readonly Message[] | ((language: Language) => string);

/** Words for a person, not yet in a language: a key of the `errors` catalogue and its values. */
export interface Message {
  readonly key: ErrorKey;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

export function message(key: ErrorKey, values?: Record<string, MessageValue>): Message {
  return values ? { key, values } : { key };
}

/**
 * A zod message in a contract: the catalogue key, prefixed with its namespace, which the server
 * (and the web's form check) turn into words with `issueMessage`: `.min(1, errorKey('validation.enterName'))`.
 */
export function errorKey<K extends ErrorKey>(key: K): `errors:${K}` {
  return `errors:${key}`;
}

const isMessage = (value: unknown): value is Message => typeof value === 'object' && value !== null && 'key' in value;

/** The message in one language; `t` is i18next's for that language (any namespace: the key names `errors`). */
export function translateMessage<N extends Namespace>(t: TFunction<N>, language: Language, text: Message): string {
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(text.values ?? {})) {
    if (typeof value === 'function') values[name] = value(language);
    else if (Array.isArray(value)) values[name] = value.map((item: Message) => translateMessage(t, language, item)).join('; ');
    else if (isMessage(value)) values[name] = translateMessage(t, language, value);
    else values[name] = value;
  }
  return translate(`errors:${text.key}`, { ...values, lng: language });
}
