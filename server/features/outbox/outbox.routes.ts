import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { outboxEmailParamsSchema, outboxEmailSchema, outboxListQuerySchema, outboxListSchema } from '../../../shared/features/outbox/outbox.contract.ts';
import { outboxPolicy } from '../../../shared/features/outbox/outbox.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { listOutboxEmails, retryOutboxEmail } from './outbox.service.ts';

export function registerOutboxRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get('/api/office/outbox', { config: { policy: outboxPolicy.read },
    schema: {
      tags: ['Settings'],
      summary: 'Emails the company has sent or is holding (owners and admins)',
      querystring: outboxListQuerySchema,
      response: { 200: outboxListSchema, ...errorResponses },
    },
  }, async (request) => {
    const actor = staffActor(request);
    return listOutboxEmails(ctx, actor, request.query);
  });

  app.post('/api/office/outbox/:id/retry', { config: { policy: outboxPolicy.read },
    schema: {
      tags: ['Settings'],
      summary: 'Try a failing or held email again now instead of after its wait (owners and admins)',
      params: outboxEmailParamsSchema,
      response: { 200: outboxEmailSchema, ...errorResponses },
    },
  }, async (request) => {
    const actor = staffActor(request);
    return retryOutboxEmail(ctx, actor, request.params.id);
  });
}
