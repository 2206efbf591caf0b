import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import {
  createSupplyOrderSchema,
  chooseProductsSchema,
  customerProductsSchema,
  orderFormSchema,
  supplyOrderListSchema,
  supplyOrderQuerySchema,
  supplyOrderSchema,
  supplyOrderUpdateSchema,
  supplyProductInputSchema,
  supplyProductListSchema,
  supplyProductSchema,
} from '../../../shared/features/supplies/supplies.contract.ts';
import { suppliesPolicy } from '../../../shared/features/supplies/supplies.policy.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as supplies from './supplies.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const locationParams = portalSlugParamsSchema.extend({ locationId: z.string().min(1).max(64) });
const portalOrderQuery = supplyOrderQuerySchema.pick({ status: true, page: true, pageSize: true });

export function registerSupplyRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Supplies'];

  const portalUser = async (request: FastifyRequest, slug: string) => (await requirePortalSession(ctx, request, slug)).actor;

  app.get('/api/office/supply-products', { config: { policy: suppliesPolicy.read },
    schema: { tags, summary: 'The supplies catalogue: active products first, then by name', response: { 200: supplyProductListSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return { items: await supplies.listProducts(ctx.db, actor.tenantId) };
  });

  app.post('/api/office/supply-products', { config: { policy: suppliesPolicy.manage },
    schema: { tags, summary: 'Add a product to the catalogue', body: supplyProductInputSchema, response: { 201: supplyProductSchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = staffActor(request);
    return reply.status(201).send(await supplies.createProduct(ctx, actor, request.body));
  });

  app.put('/api/office/supply-products/:id', { config: { policy: suppliesPolicy.manage },
    schema: {
      tags,
      summary: 'Change a product; leave imageAttachmentId out to keep the picture, null removes it',
      params: idParams,
      body: supplyProductInputSchema,
      response: { 200: supplyProductSchema, ...errorResponses },
    },
  }, async (request) => {
    const actor = staffActor(request);
    return supplies.updateProduct(ctx, actor, request.params.id, request.body);
  });

  app.get('/api/office/customers/:id/supply-products', { config: { policy: suppliesPolicy.read },
    schema: { tags, summary: 'The products this customer may order (none: the whole active catalogue)', params: idParams, response: { 200: customerProductsSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return supplies.chosenProducts(ctx.db, actor.tenantId, request.params.id);
  });

  app.put('/api/office/customers/:id/supply-products', { config: { policy: suppliesPolicy.manage },
    schema: {
      tags,
      summary: 'Choose the products this customer may order (none: the whole active catalogue)',
      params: idParams,
      body: chooseProductsSchema,
      response: { 200: customerProductsSchema, ...errorResponses },
    },
  }, async (request) => {
    const actor = staffActor(request);
    return supplies.chooseProducts(ctx, actor, request.params.id, request.body.productIds);
  });

  app.get('/api/office/supply-orders', { config: { policy: suppliesPolicy.read },
    schema: { tags, summary: 'Supply orders, newest first, by status, customer or location', querystring: supplyOrderQuerySchema, response: { 200: supplyOrderListSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return supplies.listOrders(ctx.db, actor.tenantId, request.query);
  });

  app.put('/api/office/supply-orders/:id', { config: { policy: suppliesPolicy.manage },
    schema: {
      tags,
      summary: 'Approve, deliver or cancel an order; the customer is emailed the status and the note',
      params: idParams,
      body: supplyOrderUpdateSchema,
      response: { 200: supplyOrderSchema, ...errorResponses },
    },
  }, async (request) => {
    const actor = staffActor(request);
    return supplies.changeOrderStatus(ctx, actor, request.params.id, request.body);
  });

  app.get('/api/portal/:slug/locations/:locationId/supply-order-form', {
    schema: { tags, summary: 'The products that can be ordered for this location', params: locationParams, response: { 200: orderFormSchema, ...errorResponses } },
  }, async (request) => {
    const actor = await portalUser(request, request.params.slug);
    return supplies.orderForm(ctx, actor, request.params.slug, request.params.locationId);
  });

  app.get('/api/portal/:slug/locations/:locationId/supply-orders', {
    schema: { tags, summary: 'This location’s supply orders, newest first', params: locationParams, querystring: portalOrderQuery, response: { 200: supplyOrderListSchema, ...errorResponses } },
  }, async (request) => {
    const actor = await portalUser(request, request.params.slug);
    return supplies.listLocationOrders(ctx, actor, request.params.locationId, request.query);
  });

  app.post('/api/portal/:slug/supply-orders', {
    schema: { tags, summary: 'Order supplies for a location; the staff who look after it are told', params: portalSlugParamsSchema, body: createSupplyOrderSchema, response: { 201: supplyOrderSchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = await portalUser(request, request.params.slug);
    return reply.status(201).send(await supplies.placeOrder(ctx, actor, request.body));
  });
}
