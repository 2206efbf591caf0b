import type { FastifyInstance } from 'fastify';

// The API reference page runs its own inline scripts, so it gets no content policy of ours.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets style attributes at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// A year, the figure browsers' preload lists ask for; sent only where the public address is https.
const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

export function registerSecurityHeaders(app: FastifyInstance, publicUrl: string): void {
  const https = publicUrl.startsWith('https://');
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'same-origin');
    void reply.header('x-frame-options', 'DENY');
    if (https) void reply.header('strict-transport-security', strictTransportSecurity);
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !request.url.startsWith('/api/docs')) {
      void reply.header('content-security-policy', contentSecurityPolicy);
    }
    // API answers carry someone's data: no shared or back-button cache may keep them after sign-out.
    if (request.url.startsWith('/api/') && type.startsWith('application/json') && !reply.hasHeader('cache-control')) {
      void reply.header('cache-control', 'no-store');
    }
  });
}
