import type { FastifyRequest } from 'fastify';

/**
 * Emailed links (invitation, password reset, email change) carry their secret in `?token=`,
 * and the browser asks the server for that page; the request log must not keep the secret.
 */
export function redactLinkTokens(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}

/**
 * A calendar subscription's secret is the last part of its feed address
 * (`/api/calendar/portal/<slug>/<secret>.ics`), which calendar apps fetch for hours on end.
 */
export function redactCalendarTokens(url: string): string {
  return url.replace(/^(\/api\/calendar\/[^/?#]+\/[^/?#]+\/)[^/?#]+/i, '$1[redacted]');
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
