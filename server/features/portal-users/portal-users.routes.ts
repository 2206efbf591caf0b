import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/features/customers/customers.contract.ts';
import {
  customerPortalUserParamsSchema,
  portalUserInputSchema,
  portalUserListSchema,
  portalUserSchema,
} from '../../../shared/features/portal-users/portal-users.contract.ts';
import { portalUsersPolicy } from '../../../shared/features/portal-users/portal-users.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as portalUsers from './portal-users.service.ts';

export function registerPortalUserRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Portal users'];
  const params = customerPortalUserParamsSchema;
  const base = '/api/office/customers/:id/portal-users';

  app.get(base, {
    config: { policy: portalUsersPolicy.read },
    schema: { tags, summary: 'A customer’s portal users, with their state and locations', params: idParamsSchema, response: { 200: portalUserListSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return { items: await portalUsers.listPortalUsers(ctx.db, actor.tenantId, request.params.id) };
  });

  app.post(base, {
    config: { policy: portalUsersPolicy.manage },
    schema: { tags, summary: 'Add a portal user to a customer (sends no email)', params: idParamsSchema, body: portalUserInputSchema, response: { 201: portalUserSchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = staffActor(request);
    return reply.status(201).send(await portalUsers.addPortalUser(ctx, actor, request.params.id, request.body));
  });

  app.put(`${base}/:portalUserId`, { config: { policy: portalUsersPolicy.manage },
    schema: { tags, summary: 'Change a portal user’s details, locations and billing role', params, body: portalUserInputSchema, response: { 200: portalUserSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return portalUsers.updatePortalUser(ctx, actor, request.params.id, request.params.portalUserId, request.body);
  });

  app.delete(`${base}/:portalUserId`, { config: { policy: portalUsersPolicy.manage },
    schema: { tags, summary: 'Remove a portal user’s access to this customer', params, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const actor = staffActor(request);
    await portalUsers.removePortalUser(ctx, actor, request.params.id, request.params.portalUserId);
    return reply.status(204).send(null);
  });

  const actions = {
    enable: { summary: 'Email (or re-send) the invitation with a set-password link; an earlier link stops working', run: portalUsers.enablePortalUser },
    lock: { summary: 'Revoke access at once: live sessions end and sign-in is refused', run: portalUsers.lockPortalUser },
    unlock: { summary: 'Restore access', run: portalUsers.unlockPortalUser },
  } as const;
  for (const [action, { summary, run }] of Object.entries(actions)) {
    app.post(`${base}/:portalUserId/${action}`, { config: { policy: portalUsersPolicy.manage },
      schema: { tags, summary, params, response: { 200: portalUserSchema, ...errorResponses } },
    }, async (request) => {
      const actor = staffActor(request);
      return run(ctx, actor, request.params.id, request.params.portalUserId);
    });
  }
}
