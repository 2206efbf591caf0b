import type { ApiError, ErrorCode } from '../../shared/errors.ts';
import { i18n } from './i18n.ts';

export type FieldErrors = Record<string, string>;

/** An API answer that was not a success, carrying the server's words so forms can show them. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields: FieldErrors;

  constructor(status: number, code: ErrorCode, message: string, fields: FieldErrors = {}) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

/**
 * Porter was never heard from: the network failed, or no answer came within the request's time limit. Status 0;
 * the message says which, in the person's language, and that what they typed is kept.
 */
export class ApiUnreachableError extends ApiRequestError {
  readonly reason: 'offline' | 'timeout';

  constructor(reason: 'offline' | 'timeout') {
    super(0, 'unavailable', i18n.t(reason === 'timeout' ? 'common:errors.timeout' : 'common:errors.network'));
    this.name = 'ApiUnreachableError';
    this.reason = reason;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiRequestError {
  return error instanceof ApiRequestError && (status === undefined || error.status === status);
}

type QueryValue = string | number | undefined | null;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Sent as multipart/form-data instead of a JSON body, e.g. for a file upload. */
  form?: FormData;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** How long to wait for an answer before giving up; by default `requestTimeoutMs`, or `uploadTimeoutMs` with a `form`. */
  timeoutMs?: number;
}

/** Long enough for a slow phone connection, short enough that nobody watches a spinner that will never stop. */
export const requestTimeoutMs = 30_000;
/** Files take longer on a slow connection than a few lines of JSON. */
export const uploadTimeoutMs = 120_000;

function buildUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isApiErrorBody(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

async function readError(response: Response): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => null);
  if (isApiErrorBody(body)) {
    return new ApiRequestError(response.status, body.error.code, body.error.message, body.error.fields);
  }
  return new ApiRequestError(
    response.status,
    response.status >= 500 ? 'internal' : 'unavailable',
    i18n.t('app:errors.server'),
  );
}

/** Calls the Porter API on the same origin; resolves with the parsed JSON (undefined for 204) or rejects with ApiRequestError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { body, form, query, signal } = options;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? (form === undefined ? requestTimeoutMs : uploadTimeoutMs));
  const method = options.method ?? (body === undefined && form === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { accept: 'application/json' };
  // FormData sets its own content type, with the boundary the server needs to split the parts.
  if (body !== undefined && form === undefined) headers['content-type'] = 'application/json';

  try {
    const response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
      credentials: 'same-origin',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    if (!response.ok) throw await readError(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  } catch (error) {
    // The caller's own cancel (a query no longer needed) is not a failure to report.
    if (signal?.aborted) throw error;
    if (error instanceof ApiRequestError) throw error;
    // An answer that is not JSON came from something in front of Porter, not from a lost connection.
    if (error instanceof SyntaxError) throw new ApiRequestError(502, 'internal', i18n.t('app:errors.server'));
    // The time limit can also run out while the body is still arriving, hence one catch around the whole exchange.
    throw new ApiUnreachableError(timeout.aborted ? 'timeout' : 'offline');
  }
}

/** For POSTs that carry no input, like sign-out: an empty JSON object keeps the request a plain JSON call. */
export const emptyBody = {};
