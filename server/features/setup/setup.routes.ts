import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { staffMeSchema } from '../../../shared/features/auth/auth.contract.ts';
import { setupBodySchema, setupStatusSchema } from '../../../shared/features/setup/setup.contract.ts';
import type { AppContext } from '../../context.ts';
import { clientOf, setSessionCookie } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { completeSetup, isSetupNeeded } from './setup.service.ts';

export function registerSetupRoutes(root: FastifyInstance, ctx: AppContext, setupCode: string): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Setup'];

  app.get('/api/setup', {
    schema: { tags, summary: 'Whether this instance still needs its first company', response: { 200: setupStatusSchema } },
  }, async () => ({ needed: await isSetupNeeded(ctx) }));

  app.post('/api/setup', {
    schema: { tags, summary: 'Create the first company and its owner', body: setupBodySchema, response: { 200: staffMeSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { token, me } = await completeSetup(ctx, setupCode, request.body, clientOf(request));
    setSessionCookie(ctx, reply, 'staff', token);
    return me;
  });
}
