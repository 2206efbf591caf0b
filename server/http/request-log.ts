import type { FastifyRequest } from 'fastify';

/**
 * Emailed links (invitation, password reset, email change) carry their secret in `?token=`,
 * and the browser asks the server for that page; the request log must not keep the secret.
 */
export function redactLinkTokens(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}

/**
 * A calendar feed's address is its secret (`/api/calendar/staff/<slug>/<token>.ics`): calendar
 * apps fetch it without a session. Everything after the feed's kind and company is left out.
 */
export function redactCalendarTokens(url: string): string {
  return url.replace(/^(\/api\/calendar\/[^/?#]+\/[^/?#]+\/)[^?#]*/i, '$1[redacted]');
}

/** Fastify's request log fields, with link and calendar tokens redacted from the address. */
export function serializeRequestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactCalendarTokens(redactLinkTokens(request.url)),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
