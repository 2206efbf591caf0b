import type { FastifyInstance } from 'fastify';
import { AppError, message } from './errors.ts';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses state-changing requests that a browser sends on behalf of another site.
 * Browsers always send Origin on cross-site POSTs and Sec-Fetch-Site where supported;
 * non-browser API clients send neither and carry no ambient cookie risk. Only JSON bodies
 * are parsed, which a plain cross-site HTML form cannot produce either.
 */
export function registerCsrfGuard(app: FastifyInstance, publicUrl: string): void {
  const trustedOrigin = new URL(publicUrl).origin;
  app.addHook('onRequest', async (request) => {
    if (!unsafeMethods.has(request.method)) return;
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site') throw rejected();
    const origin = request.headers.origin;
    if (!origin) return;
    const ownOrigin = `${request.protocol}://${request.host}`;
    if (origin !== trustedOrigin && origin !== ownOrigin) throw rejected();
  });
}

function rejected(): AppError {
  return new AppError('csrf_rejected', message('general.csrf'));
}
