import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { schedulingSettingsResponseSchema, schedulingSettingsSchema } from '../../../shared/features/visits/scheduling-settings.contract.ts';
import { visitsPolicy } from '../../../shared/features/visits/visits.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as settings from './scheduling-settings.service.ts';

export function registerSchedulingSettingsRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Settings'];
  const path = '/api/office/settings/scheduling';
  const response = { 200: schedulingSettingsResponseSchema, ...errorResponses };

  app.get(path, { config: { policy: visitsPolicy.configure },
    schema: { tags, summary: 'Arrival windows, business hours, the skip cutoff, calendar feeds and the currency', response },
  }, async (request) => settings.getSchedulingSettings(ctx, staffActor(request).tenantId));

  app.put(path, { config: { policy: visitsPolicy.configure },
    schema: { tags, summary: 'Change arrival windows, business hours, the skip cutoff, calendar feeds and the currency', body: schedulingSettingsSchema, response },
  }, async (request) => settings.saveSchedulingSettings(ctx, staffActor(request), request.body));
}
