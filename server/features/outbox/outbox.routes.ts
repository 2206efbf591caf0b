import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { outboxListQuerySchema, outboxListSchema } from '../../../shared/features/outbox/outbox.contract.ts';
import { outboxPolicy } from '../../../shared/features/outbox/outbox.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { viewableBody } from '../../platform/mail/outbox.ts';
import { listOutbox } from './outbox.repository.ts';

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
    const { page, pageSize } = request.query;
    const { items, total } = await listOutbox(ctx.db, actor.tenantId, page, pageSize);
    return {
      items: items.map((m) => ({
        id: m.id,
        to: m.to_address,
        subject: m.subject,
        text: viewableBody(m.text_body),
        status: m.status,
        attempts: m.attempts,
        lastError: m.last_error,
        createdAt: m.created_at,
        sentAt: m.sent_at,
      })),
      total,
      page,
      pageSize,
      smtpConfigured: ctx.smtpConfigured,
    };
  });
}
