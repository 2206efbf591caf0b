import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode } from '../../shared/errors.ts';
import type { errors } from '../../shared/i18n/catalogues/en/errors.ts';
import { issueMessage, type IssueLike } from '../../shared/i18n/issue-message.ts';
import { message, translateMessage, type Message } from '../../shared/i18n/messages.ts';
import { translator } from '../lib/i18n.ts';
import { requestLanguage } from './language.ts';

export { message, type Message } from '../../shared/i18n/messages.ts';

/** A message in the language of the person who sent the request. */
export function localize(request: FastifyRequest, text: Message): string {
  const language = requestLanguage(request);
  return translateMessage(translator(language), language, text);
}

const inEnglish = (text: Message) => translateMessage(translator('en'), 'en', text);

/**
 * The one error type services throw; the handler below turns it into a JSON answer in the
 * requester's language. Its `message` is the English text, for logs and operator commands.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly text: Message;
  readonly fields: Record<string, Message> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, text: Message, fields?: Record<string, Message>, headers?: Record<string, string>) {
    super(inEnglish(text));
    this.code = code;
    this.text = text;
    this.fields = fields;
    this.headers = headers;
  }
}

/** What was not found, by its key under `notFound` in the `errors` catalogue. */
export type MissingThing = keyof typeof errors.notFound;

export const notFound = (thing: MissingThing = 'item') => new AppError('not_found', message(`notFound.${thing}`));
export const forbidden = (text: Message = message('general.forbidden')) => new AppError('forbidden', text);
export const unauthenticated = () => new AppError('unauthenticated', message('general.signIn'));

const statusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  access_revoked: 403,
  read_only: 403,
  csrf_rejected: 403,
  portal_unavailable: 403,
  setup_not_allowed: 403,
  not_found: 404,
  conflict: 409,
  token_invalid: 410,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export function statusFor(code: ErrorCode): number {
  return statusByCode[code];
}

/** The answer for a path the API does not have, in the requester's language. */
export function noSuchRoute(request: FastifyRequest, path: string) {
  return { error: { code: 'not_found' as const, message: localize(request, message('general.noSuchRoute', { method: request.method, path })) } };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    const status = statusFor(appError.code);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (appError.headers) void reply.headers(appError.headers);
    const fields = appError.fields && Object.fromEntries(Object.entries(appError.fields).map(([field, text]) => [field, localize(request, text)]));
    return reply.status(status).send({
      error: { code: appError.code, message: localize(request, appError.text), ...(fields ? { fields } : {}) },
    });
  });

  app.setNotFoundHandler((request, reply) => reply.status(404).send(noSuchRoute(request, request.url.split('?')[0]!)));
}

/** The one answer to input that fails its checks: a summary naming each field, and each field's problem. */
export function invalidFields(fields: Record<string, Message>): AppError {
  const problems = Object.entries(fields).map(([field, problem]) => message('validation.fieldProblem', { field, problem }));
  return new AppError('validation_failed', message('validation.summary', { fields: problems }), fields);
}

/** Checks what arrived outside a route's own schema (a multipart form's text fields) as the schema would. */
export function parseFields<T>(schema: { safeParse: (input: unknown) => { success: true; data: T } | { success: false; error: { issues: (IssueLike & { path: PropertyKey[] })[] } } }, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, Message> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? 'body')] ??= issueMessage(issue);
  throw invalidFields(fields);
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: Record<string, Message> = {};
    for (const issue of error.validation) {
      const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || error.validationContext || 'body';
      fields[field] ??= issueMessage({ ...(issue.params as Partial<IssueLike>), code: issue.keyword, message: issue.message });
    }
    return invalidFields(fields);
  }
  if (isResponseSerializationError(error)) return new AppError('internal', message('general.internal'));
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', message('general.jsonOnly'));
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('validation_failed', message('general.fileTooLarge'), { file: message('general.fileTooLargeField') });
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', message('general.multipartOnly'));
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('validation_failed', message('general.bodyTooLarge'));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('validation_failed', message('general.bodyEmpty'));
  }
  if (fastifyError.statusCode === 400) return new AppError('validation_failed', message('general.bodyNotJson'));
  if (fastifyError.statusCode === 404) return new AppError('not_found', message('general.notFound'));
  return new AppError('internal', message('general.internal'));
}
