import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import {
  customFieldChangeSchema,
  customFieldInputSchema,
  customFieldListSchema,
  customFieldOrderSchema,
  customFieldSchema,
  customFieldValuesSchema,
  customValuesInputSchema,
  portalChangeSettingsSchema,
  portalCustomFieldsSchema,
} from '../../../shared/features/custom-fields/custom-fields.contract.ts';
import { customFieldsPolicy } from '../../../shared/features/custom-fields/custom-fields.policy.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as fields from './custom-fields.service.ts';
import type { OpenChangeRequest } from './portal-change-tickets.ts';

const id = z.string().min(1).max(64);

export function registerCustomFieldRoutes(root: FastifyInstance, ctx: AppContext, deps: { openChangeRequest: OpenChangeRequest }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Custom fields'];
  const fieldParams = z.object({ id });

  app.get('/api/office/custom-fields', { config: { policy: customFieldsPolicy.read },
    schema: { tags, summary: 'Every custom field, archived ones too, with how many values each holds', response: { 200: customFieldListSchema, ...errorResponses } },
  }, async (request) => fields.listFields(ctx.db, staffActor(request).tenantId));

  app.post('/api/office/custom-fields', { config: { policy: customFieldsPolicy.manage },
    schema: { tags, summary: 'Add a custom field to every customer or every location, last in their order', body: customFieldInputSchema, response: { 201: customFieldSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await fields.createField(ctx, staffActor(request), request.body)));

  app.put('/api/office/custom-fields/order', { config: { policy: customFieldsPolicy.manage },
    schema: { tags, summary: 'Order the fields of customers or of locations', body: customFieldOrderSchema, response: { 200: customFieldListSchema, ...errorResponses } },
  }, async (request) => fields.orderFields(ctx, staffActor(request), request.body));

  app.put('/api/office/custom-fields/:id', { config: { policy: customFieldsPolicy.manage },
    schema: { tags, summary: 'Change a field; archived true hides it everywhere and keeps its values', params: fieldParams, body: customFieldChangeSchema, response: { 200: customFieldSchema, ...errorResponses } },
  }, async (request) => fields.changeField(ctx, staffActor(request), request.params.id, request.body));

  app.delete('/api/office/custom-fields/:id', { config: { policy: customFieldsPolicy.manage },
    schema: { tags, summary: 'Delete a field and every value in it', params: fieldParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await fields.deleteField(ctx, staffActor(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/office/custom-field-settings', { config: { policy: customFieldsPolicy.manage },
    schema: { tags, summary: 'Whether changes customers save in the portal open requests', response: { 200: portalChangeSettingsSchema, ...errorResponses } },
  }, async (request) => fields.portalChangeSettings(ctx.db, staffActor(request).tenantId));

  app.put('/api/office/custom-field-settings', { config: { policy: customFieldsPolicy.manage },
    schema: { tags, summary: 'Switch requests for changes customers save in the portal', body: portalChangeSettingsSchema, response: { 200: portalChangeSettingsSchema, ...errorResponses } },
  }, async (request) => fields.savePortalChangeSettings(ctx, staffActor(request), request.body));

  for (const kind of ['customer', 'location'] as const) {
    const path = `/api/office/${kind}s/:ownerId/custom-fields`;
    const params = z.object({ ownerId: id });
    app.get(path, { config: { policy: customFieldsPolicy.read },
      schema: { tags, summary: `A ${kind}’s custom fields (not archived) and their values`, params, response: { 200: customFieldValuesSchema, ...errorResponses } },
    }, async (request) => fields.officeValues(ctx, staffActor(request), { kind, id: request.params.ownerId }));

    app.put(path, { config: { policy: customFieldsPolicy.writeValues },
      schema: { tags, summary: `Change a ${kind}’s custom field values; fields not named keep theirs`, params, body: customValuesInputSchema, response: { 200: customFieldValuesSchema, ...errorResponses } },
    }, async (request) => fields.saveOfficeValues(ctx, staffActor(request), { kind, id: request.params.ownerId }, request.body));

    app.put(`/api/portal/:slug/${kind}s/:ownerId/custom-fields`, {
      schema: {
        tags,
        summary: `Change the editable custom fields of one of your ${kind}s; with the company’s switch on, the office gets a request saying what changed`,
        params: portalSlugParamsSchema.extend({ ownerId: id }),
        body: customValuesInputSchema,
        response: { 200: customFieldValuesSchema, ...errorResponses },
      },
    }, async (request) => {
      const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
      return fields.savePortalValues(ctx, tenant, actor, { kind, id: request.params.ownerId }, request.body, deps.openChangeRequest);
    });
  }

  app.get('/api/portal/:slug/custom-fields', {
    schema: { tags, summary: 'The custom fields shown in the portal for each of your customers and locations (hidden ones never)', params: portalSlugParamsSchema, response: { 200: portalCustomFieldsSchema, ...errorResponses } },
  }, async (request) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    return fields.portalFields(ctx, actor);
  });
}
