import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { officeDashboardSchema } from '../../../shared/features/dashboard/dashboard.contract.ts';
import { dashboardPolicy } from '../../../shared/features/dashboard/dashboard.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { officeDashboard } from './dashboard.service.ts';

export function registerDashboardRoutes(root: FastifyInstance, ctx: AppContext): void {
  root.withTypeProvider<ZodTypeProvider>().get('/api/office/dashboard', {
    config: { policy: dashboardPolicy.read },
    schema: { tags: ['Dashboard'], summary: 'Headline figures for the office dashboard, and what needs attention', response: { 200: officeDashboardSchema, ...errorResponses } },
  }, async (request) => {
    return officeDashboard(ctx, staffActor(request));
  });
}
