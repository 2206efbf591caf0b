import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  customerListQuerySchema,
  customerListSchema,
  locationListQuerySchema,
  locationListSchema,
} from '../../../shared/features/customers/customers.contract.ts';
import type { AppContext } from '../../context.ts';
import { requireStaff } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { listCustomers, listLocations } from './customers.repository.ts';

export function registerCustomerRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Customers'];

  app.get('/api/office/customers', {
    schema: { tags, summary: 'Search and page through customers', querystring: customerListQuerySchema, response: { 200: customerListSchema, ...errorResponses } },
  }, async (request) => {
    const actor = await requireStaff(ctx, request, 'supervisor');
    const { items, total } = await listCustomers(ctx.db, actor.tenantId, request.query);
    return {
      items: items.map((c) => ({ id: c.id, name: c.name, type: c.type, email: c.email, phone: c.phone, city: c.city, locationCount: Number(c.location_count ?? 0) })),
      total,
      page: request.query.page,
      pageSize: request.query.pageSize,
    };
  });

  app.get('/api/office/locations', {
    schema: { tags: ['Locations'], summary: 'Search and page through locations', querystring: locationListQuerySchema, response: { 200: locationListSchema, ...errorResponses } },
  }, async (request) => {
    const actor = await requireStaff(ctx, request, 'supervisor');
    const { items, total } = await listLocations(ctx.db, actor.tenantId, request.query);
    return {
      items: items.map((l) => ({ id: l.id, name: l.name, customerId: l.customer_id, customerName: l.customer_name, address: l.address, timeZone: l.time_zone })),
      total,
      page: request.query.page,
      pageSize: request.query.pageSize,
    };
  });
}
