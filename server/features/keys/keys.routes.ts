import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkOutInputSchema,
  fieldKeyListSchema,
  keyCodeSchema,
  keyHoldersSchema,
  keyInputSchema,
  keyListQuerySchema,
  keyListSchema,
  keyLogSchema,
  keySchema,
  returnInputSchema,
} from '../../../shared/features/keys/keys.contract.ts';
import { keysPolicy } from '../../../shared/features/keys/keys.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as keys from './keys.service.ts';

const id = z.string().min(1).max(64);
const idParams = z.object({ id });

export function registerKeyRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Key rings'];

  app.get('/api/office/customers/:id/keys', { config: { policy: keysPolicy.read },
    schema: { tags, summary: 'The keys and access codes held for the customer’s locations, with who holds each', params: idParams, querystring: keyListQuerySchema, response: { 200: keyListSchema, ...errorResponses } },
  }, async (request) => keys.customerKeys(ctx, staffActor(request).tenantId, request.params.id, request.query));

  app.post('/api/office/customers/:id/keys', { config: { policy: keysPolicy.manage },
    schema: { tags, summary: 'Add a key, fob, card or access code for one of the customer’s locations', params: idParams, body: keyInputSchema, response: { 201: keySchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await keys.addKey(ctx, staffActor(request), request.params.id, request.body)));

  app.get('/api/office/key-holders', { config: { policy: keysPolicy.manage },
    schema: { tags, summary: 'The staff a key can be handed to: everyone who can sign in', response: { 200: keyHoldersSchema, ...errorResponses } },
  }, async (request) => keys.keyHolders(ctx, staffActor(request).tenantId));

  app.put('/api/office/keys/:id', { config: { policy: keysPolicy.manage },
    schema: { tags, summary: 'Change a key’s label, kind, location, code or notes', params: idParams, body: keyInputSchema, response: { 200: keySchema, ...errorResponses } },
  }, async (request) => keys.changeKey(ctx, staffActor(request), request.params.id, request.body));

  app.delete('/api/office/keys/:id', { config: { policy: keysPolicy.manage },
    schema: { tags, summary: 'Remove a key and its log', params: idParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await keys.removeKey(ctx, staffActor(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/office/keys/:id/code', { config: { policy: keysPolicy.read },
    schema: { tags, summary: 'Reveal a key’s access code; the audit log keeps who read it', params: idParams, response: { 200: keyCodeSchema, ...errorResponses } },
  }, async (request, reply) => {
    // A code read once must not linger in a browser's or a proxy's cache.
    void reply.header('cache-control', 'no-store');
    return keys.revealCode(ctx, staffActor(request), request.params.id);
  });

  app.post('/api/office/keys/:id/check-out', { config: { policy: keysPolicy.manage },
    schema: { tags, summary: 'Record that a staff member took the key; 409 naming the holder when it is already out', params: idParams, body: checkOutInputSchema, response: { 200: keySchema, ...errorResponses } },
  }, async (request) => keys.checkOut(ctx, staffActor(request), request.params.id, request.body));

  app.post('/api/office/keys/:id/return', { config: { policy: keysPolicy.manage },
    schema: { tags, summary: 'Record that the key is back in the office; 409 when it is not out', params: idParams, body: returnInputSchema, response: { 200: keySchema, ...errorResponses } },
  }, async (request) => keys.returnKey(ctx, staffActor(request), request.params.id, request.body));

  app.get('/api/office/keys/:id/log', { config: { policy: keysPolicy.read },
    schema: { tags, summary: 'Who took the key and gave it back, and who wrote it down; newest first', params: idParams, querystring: keyListQuerySchema, response: { 200: keyLogSchema, ...errorResponses } },
  }, async (request) => keys.keyLog(ctx, staffActor(request).tenantId, request.params.id, request.query));

  app.get('/api/field/visits/:id/keys', { config: { policy: keysPolicy.fieldRead },
    schema: { tags, summary: 'The keys of one of my visits’ location, with their codes; a visit I am not on the team of answers 404', params: idParams, response: { 200: fieldKeyListSchema, ...errorResponses } },
  }, async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    return keys.visitKeys(ctx, staffActor(request), request.params.id);
  });
}
