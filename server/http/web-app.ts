import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { noSuchRoute } from './errors.ts';

// Vite names every file under assets/ by its content hash: a changed file gets a new name.
const yearLongImmutable = 'public, max-age=31536000, immutable';

/**
 * Serves the built single-page app: hashed assets compressed (the .br or .gz copy written at
 * build time) and cached for a year, other files revalidated, and every unknown non-API path
 * answered with index.html, never cached, so a new release reaches the next page load.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  if (!webRoot || !existsSync(path.join(webRoot, 'index.html'))) return;
  // serve: false — one route below decides caching; per-file routes would answer first without it.
  await app.register(fastifyStatic, { root: webRoot, serve: false, index: false, preCompressed: true, cacheControl: false });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const pathname = request.url.split('?')[0]!;
    if (pathname.startsWith('/api/')) {
      return reply.status(404).send(noSuchRoute(request, pathname));
    }
    const file = pathname.slice(1);
    if (isServableFile(webRoot, file)) {
      reply.header('cache-control', file.startsWith('assets/') ? yearLongImmutable : 'public, max-age=0, must-revalidate');
      return reply.sendFile(file);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

function isServableFile(webRoot: string, file: string): boolean {
  if (!file || file === 'index.html' || file.includes('..') || /\.(br|gz)$/.test(file)) return false;
  return existsSync(path.join(webRoot, file));
}
