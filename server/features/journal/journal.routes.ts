import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { journalEntryInputSchema, journalEntrySchema, journalListSchema, journalQuerySchema } from '../../../shared/features/journal/journal.contract.ts';
import { journalPolicy } from '../../../shared/features/journal/journal.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as journal from './journal.service.ts';

const id = z.string().min(1).max(64);

// Office only: the journal is never part of any portal response.
export function registerJournalRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Customer journal'];
  const customerParams = z.object({ customerId: id });

  app.get('/api/office/customers/:customerId/journal', { config: { policy: journalPolicy.write },
    schema: { tags, summary: 'A customer’s journal, newest first, searchable by its text', params: customerParams, querystring: journalQuerySchema, response: { 200: journalListSchema, ...errorResponses } },
  }, async (request) => journal.listJournal(ctx, staffActor(request), request.params.customerId, request.query));

  app.post('/api/office/customers/:customerId/journal', { config: { policy: journalPolicy.write },
    schema: { tags, summary: 'Write a dated entry in a customer’s journal', params: customerParams, body: journalEntryInputSchema, response: { 201: journalEntrySchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await journal.writeEntry(ctx, staffActor(request), request.params.customerId, request.body)));

  app.delete('/api/office/journal-entries/:entryId', { config: { policy: journalPolicy.write },
    schema: { tags, summary: 'Delete a journal entry: one’s own, or any for admins and owners', params: z.object({ entryId: id }), response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await journal.deleteEntry(ctx, staffActor(request), request.params.entryId);
    return reply.status(204).send(null);
  });
}
