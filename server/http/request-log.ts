import type { FastifyRequest } from 'fastify';

/**
 * Emailed links (invitation, password reset, email change) carry their secret in `?token=`,
 * and the browser asks the server for that page; the request log must not keep the secret.
 */
export function redactLinkTokens(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}

/** Fastify's request log fields, with link tokens redacted from the address. */
export function serializeRequestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactLinkTokens(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
