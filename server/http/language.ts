import type { FastifyRequest } from 'fastify';
import { acceptLanguageTags, defaultLanguage, matchLanguage, type Language } from '../../shared/i18n/languages.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person's own choice, set when their session is read. */
    chosenLanguage?: Language | null;
  }
}

/** The browser's language, from `Accept-Language`, when Porter speaks it. */
export function browserLanguageOf(request: FastifyRequest): Language | null {
  return matchLanguage(acceptLanguageTags(request.headers['accept-language']));
}

/** The language to answer a request in: the person's choice, then their browser's, then English. */
export function requestLanguage(request: FastifyRequest): Language {
  return request.chosenLanguage ?? browserLanguageOf(request) ?? defaultLanguage;
}
