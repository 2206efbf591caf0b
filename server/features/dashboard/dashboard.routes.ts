import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { officeDashboardSchema } from '../../../shared/features/dashboard/dashboard.contract.ts';
import type { AppContext } from '../../context.ts';
import { requireStaff } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { countForDashboard } from './dashboard.repository.ts';

export function registerDashboardRoutes(root: FastifyInstance, ctx: AppContext): void {
  root.withTypeProvider<ZodTypeProvider>().get('/api/office/dashboard', {
    schema: { tags: ['Dashboard'], summary: 'Headline figures for the office dashboard', response: { 200: officeDashboardSchema, ...errorResponses } },
  }, async (request) => {
    const actor = await requireStaff(ctx, request, 'supervisor');
    return countForDashboard(ctx.db, actor.tenantId);
  });
}
