import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import {
  addUpgradesSchema,
  portalVisitUpgradesSchema,
  requestedUpgradeListSchema,
  requestedUpgradeSchema,
  upgradeDecisionSchema,
  upgradeInputSchema,
  upgradeListSchema,
  upgradeSchema,
} from '../../../shared/features/upgrades/upgrades.contract.ts';
import { upgradesPolicy } from '../../../shared/features/upgrades/upgrades.policy.ts';
import { visitsPolicy } from '../../../shared/features/visits/visits.policy.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as upgrades from './upgrades.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const visitParams = portalSlugParamsSchema.extend({ visitId: z.string().min(1).max(64) });

export function registerUpgradeRoutes(root: FastifyInstance, ctx: AppContext, deps: { openVisitRequest: upgrades.OpenVisitRequest }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Upgrades'];

  app.get('/api/office/upgrades', { config: { policy: upgradesPolicy.read },
    schema: { tags, summary: 'The upgrade (add-on) catalogue: active first, then by name', response: { 200: upgradeListSchema, ...errorResponses } },
  }, async (request) => upgrades.listCatalogue(ctx.db, staffActor(request).tenantId));

  app.post('/api/office/upgrades', { config: { policy: upgradesPolicy.manage },
    schema: { tags, summary: 'Add an upgrade; its name must differ from every other’s, whatever the case', body: upgradeInputSchema, response: { 201: upgradeSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await upgrades.createUpgrade(ctx, staffActor(request), request.body)));

  app.put('/api/office/upgrades/:id', { config: { policy: upgradesPolicy.manage },
    schema: { tags, summary: 'Change an upgrade; active false stops offering it (visits that have it keep it)', params: idParams, body: upgradeInputSchema, response: { 200: upgradeSchema, ...errorResponses } },
  }, async (request) => upgrades.updateUpgrade(ctx, staffActor(request), request.params.id, request.body));

  app.get('/api/office/requests/:id/upgrades', { config: { policy: upgradesPolicy.read },
    schema: { tags, summary: 'The upgrades a request asks for, with their visit and status', params: idParams, response: { 200: requestedUpgradeListSchema, ...errorResponses } },
  }, async (request) => upgrades.requestedUpgrades(ctx.db, staffActor(request).tenantId, request.params.id));

  app.put('/api/office/visit-upgrades/:id', { config: { policy: visitsPolicy.manage },
    schema: {
      tags,
      summary: 'Accept a pending upgrade (it counts in the visit’s price and time) or decline it; the customer is emailed',
      params: idParams,
      body: upgradeDecisionSchema,
      response: { 200: requestedUpgradeSchema, ...errorResponses },
    },
  }, async (request) => upgrades.decideUpgrade(ctx, staffActor(request), request.params.id, request.body));

  app.get('/api/portal/:slug/visits/:visitId/upgrades', {
    schema: { tags, summary: 'A scheduled visit, the upgrades on it and those that can be added (only more than 24 hours ahead)', params: visitParams, response: { 200: portalVisitUpgradesSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return upgrades.visitUpgrades(ctx, tenant, actor, request.params.visitId);
  });

  app.post('/api/portal/:slug/visits/:visitId/upgrades', {
    schema: {
      tags,
      summary: 'Add upgrades to a visit more than 24 hours ahead; they wait as pending while a request asks the office',
      params: visitParams,
      body: addUpgradesSchema,
      response: { 201: portalVisitUpgradesSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return reply.status(201).send(await upgrades.addUpgrades(ctx, tenant, actor, request.params.visitId, request.body, deps.openVisitRequest));
  });
}
