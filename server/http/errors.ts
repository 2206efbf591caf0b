import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode } from '../../shared/errors.ts';

/** The one error type services throw; the handler below turns it into a JSON answer. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>, headers?: Record<string, string>) {
    super(message);
    this.code = code;
    this.fields = fields;
    this.headers = headers;
  }
}

export const notFound = (what = 'That item') => new AppError('not_found', `${what} was not found.`);
export const forbidden = (message = 'Your role does not allow this.') => new AppError('forbidden', message);
export const unauthenticated = () => new AppError('unauthenticated', 'Please sign in to continue.');

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

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    const status = statusFor(appError.code);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (appError.headers) void reply.headers(appError.headers);
    return reply.status(status).send({
      error: { code: appError.code, message: appError.message, ...(appError.fields ? { fields: appError.fields } : {}) },
    });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: `There is no ${request.method} ${request.url.split('?')[0]} in the API.` } }),
  );
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: Record<string, string> = {};
    for (const issue of error.validation) {
      const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || error.validationContext || 'body';
      fields[field] ??= issue.message ?? 'is not valid';
    }
    const summary = Object.entries(fields)
      .map(([field, message]) => `${field}: ${message}`)
      .join('; ');
    return new AppError('validation_failed', `Some fields need attention — ${summary}.`, fields);
  }
  if (isResponseSerializationError(error)) return new AppError('internal', 'Something went wrong on our side. Please try again.');
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).');
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('validation_failed', 'That file is too large.', { file: 'The file is larger than allowed' });
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', 'Send the file as multipart/form-data.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('validation_failed', 'The request body is too large.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('validation_failed', 'The request body is empty; send a JSON object.');
  }
  if (fastifyError.statusCode === 400) return new AppError('validation_failed', 'The request body is not valid JSON.');
  if (fastifyError.statusCode === 404) return new AppError('not_found', 'Not found.');
  return new AppError('internal', 'Something went wrong on our side. Please try again.');
}
