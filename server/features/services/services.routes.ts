import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/features/customers/customers.contract.ts';
import {
  serviceInputSchema,
  serviceListSchema,
  serviceSchema,
  requestCategoryInputSchema,
  requestCategoryListSchema,
  requestCategorySchema,
} from '../../../shared/features/services/services.contract.ts';
import { servicesPolicy } from '../../../shared/features/services/services.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as services from './services.service.ts';

export function registerServiceRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Services and categories'];

  app.get('/api/office/services', { config: { policy: servicesPolicy.read }, schema: { tags, summary: 'The catalogue of requestable services', response: { 200: serviceListSchema, ...errorResponses } } }, async (request) => {
    const actor = staffActor(request);
    return { items: await services.listServices(ctx, actor.tenantId) };
  });

  app.post('/api/office/services', { config: { policy: servicesPolicy.manage },
    schema: { tags, summary: 'Add a service to the catalogue', body: serviceInputSchema, response: { 201: serviceSchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = staffActor(request);
    return reply.status(201).send(await services.saveService(ctx, actor, null, request.body));
  });

  app.put('/api/office/services/:id', { config: { policy: servicesPolicy.manage },
    schema: { tags, summary: 'Change a service and where it is assigned', params: idParamsSchema, body: serviceInputSchema, response: { 200: serviceSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return services.saveService(ctx, actor, request.params.id, request.body);
  });

  app.get('/api/office/request-categories', { config: { policy: servicesPolicy.read }, schema: { tags, summary: 'Request categories customers choose from', response: { 200: requestCategoryListSchema, ...errorResponses } } }, async (request) => {
    const actor = staffActor(request);
    return { items: await services.listCategories(ctx, actor.tenantId) };
  });

  app.post('/api/office/request-categories', { config: { policy: servicesPolicy.manage },
    schema: { tags, summary: 'Add a request category', body: requestCategoryInputSchema, response: { 201: requestCategorySchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = staffActor(request);
    return reply.status(201).send(await services.saveCategory(ctx, actor, null, request.body));
  });

  app.put('/api/office/request-categories/:id', { config: { policy: servicesPolicy.manage },
    schema: { tags, summary: 'Rename or (de)activate a request category', params: idParamsSchema, body: requestCategoryInputSchema, response: { 200: requestCategorySchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return services.saveCategory(ctx, actor, request.params.id, request.body);
  });
}
