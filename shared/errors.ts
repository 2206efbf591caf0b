import { z } from 'zod';

/** Every error the API answers with has one of these codes; the server maps each to one HTTP status. */
export const errorCodes = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'read_only',
  'not_found',
  'conflict',
  'rate_limited',
  'invalid_credentials',
  'access_revoked',
  'portal_unavailable',
  'token_invalid',
  'setup_not_allowed',
  'csrf_rejected',
  'unsupported_media_type',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string().describe('A sentence a person can act on'),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .describe('Per input field (dotted path), what is wrong with it'),
  }),
});

export type ApiError = z.infer<typeof apiErrorSchema>;
