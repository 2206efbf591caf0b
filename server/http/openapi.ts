import fastifySwagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/errors.ts';

/** The error answers a route may give, for the OpenAPI document. */
export const errorResponses = {
  400: apiErrorSchema.describe('Invalid input; `fields` says which and why'),
  401: apiErrorSchema.describe('Not signed in, or wrong credentials'),
  403: apiErrorSchema.describe('Signed in, but not allowed'),
  404: apiErrorSchema.describe('No such item for this tenant'),
  409: apiErrorSchema.describe('Refused in the item’s current state; the message says why'),
  429: apiErrorSchema.describe('Too many attempts; see Retry-After'),
};

export async function registerOpenApi(app: FastifyInstance, publicUrl: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Porter API',
        version: '0.1.0',
        description:
          'Everything Porter’s office, portal and field apps do goes through this API. Sessions are cookies set by the sign-in routes; errors are `{"error":{"code","message","fields"?}}`.',
      },
      servers: [{ url: publicUrl }],
    },
    transform: jsonSchemaTransform,
  });
  // No fonts from the internet: the reference uses the reader's own system fonts.
  await app.register(scalar, { routePrefix: '/api/docs', configuration: { title: 'Porter API', withDefaultFonts: false } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
