import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import { portalResourceListSchema, resourceLinkInputSchema, resourceListQuerySchema, resourceListSchema, resourceSchema, resourceUpdateSchema } from '../../../shared/features/resources/resources.contract.ts';
import { resourcesPolicy } from '../../../shared/features/resources/resources.policy.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { sendFromStore } from '../../platform/attachments/stored-files.ts';
import * as resources from './resources.service.ts';

const id = z.string().min(1).max(64);

export function registerResourceRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Customer resources'];
  const customerParams = z.object({ customerId: id });
  const resourceParams = z.object({ resourceId: id });

  app.get('/api/office/customers/:customerId/resources', { config: { policy: resourcesPolicy.read },
    schema: { tags, summary: 'A page of a customer’s files and links, internal and shared, newest first', params: customerParams, querystring: resourceListQuerySchema, response: { 200: resourceListSchema, ...errorResponses } },
  }, async (request) => resources.listCustomerResources(ctx, staffActor(request), request.params.customerId, request.query));

  app.post('/api/office/customers/:customerId/resources/links', { config: { policy: resourcesPolicy.manage },
    schema: { tags, summary: 'Add a link (http or https only), internal or shared with the customer', params: customerParams, body: resourceLinkInputSchema, response: { 201: resourceSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await resources.addLink(ctx, staffActor(request), request.params.customerId, request.body)));

  app.post('/api/office/customers/:customerId/resources/files', { config: { policy: resourcesPolicy.manage },
    schema: {
      tags,
      summary: 'Add a file (multipart: title, description, shared ("true" or "false"), then "file", at most the company’s upload size limit)',
      consumes: ['multipart/form-data'],
      params: customerParams,
      response: { 201: resourceSchema, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await resources.addFile(ctx, staffActor(request), request.params.customerId, request)));

  app.put('/api/office/resources/:resourceId', { config: { policy: resourcesPolicy.manage },
    schema: { tags, summary: 'Change a resource’s title, description, who sees it, and a link’s address', params: resourceParams, body: resourceUpdateSchema, response: { 200: resourceSchema, ...errorResponses } },
  }, async (request) => resources.updateResource(ctx, staffActor(request), request.params.resourceId, request.body));

  app.delete('/api/office/resources/:resourceId', { config: { policy: resourcesPolicy.manage },
    schema: { tags, summary: 'Delete a resource (a file from the store too)', params: resourceParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await resources.deleteResource(ctx, staffActor(request), request.params.resourceId);
    return reply.status(204).send(null);
  });

  app.get('/api/office/resources/:resourceId/file', { config: { policy: resourcesPolicy.read },
    schema: { tags, summary: 'Download a file resource', params: resourceParams },
  }, async (request, reply) => sendFromStore(ctx, reply, await resources.officeResourceFile(ctx, staffActor(request), request.params.resourceId)));

  const portalLocationParams = portalSlugParamsSchema.extend({ locationId: id });

  app.get('/api/portal/:slug/locations/:locationId/resources', {
    schema: { tags, summary: 'A page of the company’s documents and links shared with the customer of this location (shown with its files), newest first', params: portalLocationParams, querystring: resourceListQuerySchema, response: { 200: portalResourceListSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return resources.listPortalResources(ctx, actor.tenantId, actor.userId, tenant.slug, request.params.locationId, request.query);
  });

  app.get('/api/portal/:slug/locations/:locationId/resources/:resourceId/file', {
    schema: { tags, summary: 'Download a shared file resource', params: portalLocationParams.extend({ resourceId: id }) },
  }, async (request, reply) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    return sendFromStore(ctx, reply, await resources.portalResourceFile(ctx, actor.tenantId, actor.userId, request.params.locationId, request.params.resourceId));
  });
}
