import type { FastifyInstance } from 'fastify';
import { AppError, message } from './errors.ts';

/**
 * Refuses a NUL character anywhere in a JSON body, the query string or the path, before any
 * route sees it. PostgreSQL cannot store NUL in a text column, so without this guard every
 * text field of every route would answer 500 on PostgreSQL and store it on SQLite.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [['params', request.params], ['querystring', request.query], ['body', request.body]] as const) {
      const path = pathOfNul(value);
      if (path === null) continue;
      const field = path || part;
      throw new AppError('validation_failed', message('general.nul', { field }), { [field]: message('general.nulField') });
    }
  });
}

/**
 * The dotted path of the first string holding NUL, '' for the value itself, null when there
 * is none. Walks with its own stack, so a deeply nested body cannot overflow the call stack.
 */
export function pathOfNul(value: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
      continue;
    }
    if (current === null || typeof current !== 'object' || Buffer.isBuffer(current)) continue;
    for (const [key, child] of Object.entries(current)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return childPath;
      stack.push({ value: child, path: childPath });
    }
  }
  return null;
}
