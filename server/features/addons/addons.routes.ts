import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { addonsSchema } from '../../../shared/features/addons/addons.ts';
import { addonsPolicy } from '../../../shared/features/addons/addons.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as addons from './addons.service.ts';

export function registerAddonRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Settings'];
  const path = '/api/office/settings/addons';
  const response = { 200: addonsSchema, ...errorResponses };

  app.get(path, { config: { policy: addonsPolicy.manage }, schema: { tags, summary: 'Which add-on modules the company has on', response } }, async (request) =>
    addons.getAddons(ctx, staffActor(request).tenantId),
  );

  app.put(path, { config: { policy: addonsPolicy.manage }, schema: { tags, summary: 'Switch add-on modules on or off; what they gate appears or disappears at once', body: addonsSchema, response } }, async (request) =>
    addons.saveAddons(ctx, staffActor(request), request.body),
  );
}
