import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema } from '../../../shared/errors.ts';
import type { AppContext } from '../../context.ts';
import { AppError, message } from '../../http/errors.ts';
import { pingDatabase } from './health.repository.ts';

export function registerHealthRoutes(root: FastifyInstance, ctx: AppContext): void {
  root.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    schema: {
      tags: ['Operations'],
      summary: 'Liveness and database reachability, for load balancers',
      response: { 200: z.object({ status: z.literal('ok') }), 503: apiErrorSchema },
    },
  }, async (request) => {
    try {
      await pingDatabase(ctx.db);
    } catch (err) {
      request.log.warn({ err }, 'health check: database did not answer');
      throw new AppError('unavailable', message('general.databaseDown'));
    }
    return { status: 'ok' as const };
  });
}
