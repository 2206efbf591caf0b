import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/features/customers/customers.contract.ts';
import { staffListSchema, staffMemberSchema, staffProfileInputSchema, staffRoleInputSchema } from '../../../shared/features/staff/staff.contract.ts';
import { staffPolicy } from '../../../shared/features/staff/staff.policy.ts';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as staff from './staff.service.ts';

export function registerStaffRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Staff'];
  const response = { 200: staffMemberSchema, ...errorResponses };

  app.get('/api/office/staff', { config: { policy: staffPolicy.read }, schema: { tags, summary: 'Every staff member with role and text-message address', response: { 200: staffListSchema, ...errorResponses } } }, async (request) => {
    const actor = staffActor(request);
    return { items: await staff.listStaff(ctx, actor.tenantId) };
  });

  app.put('/api/office/staff/:id/role', { config: { policy: staffPolicy.manage },
    schema: { tags, summary: 'Change a staff member’s role (recorded in the audit log)', params: idParamsSchema, body: staffRoleInputSchema, response },
  }, async (request) => {
    const actor = staffActor(request);
    return staff.changeRole(ctx, actor, request.params.id, request.body.role);
  });

  app.put('/api/office/staff/:id/profile', { config: { policy: staffPolicy.manage },
    schema: { tags, summary: 'Change a staff member’s name, mobile number and carrier', params: idParamsSchema, body: staffProfileInputSchema, response },
  }, async (request) => {
    const actor = staffActor(request);
    return staff.saveProfile(ctx, actor.tenantId, request.params.id, request.body);
  });

  app.get('/api/auth/profile', { schema: { tags, summary: 'Your own staff profile', response } }, async (request) => {
    const actor = await requireStaff(ctx, request, 'technician');
    return staff.getStaffMember(ctx, actor.tenantId, actor.userId);
  });

  app.put('/api/auth/profile', { schema: { tags, summary: 'Change your name, mobile number and carrier', body: staffProfileInputSchema, response } }, async (request) => {
    const actor = await requireStaff(ctx, request, 'technician');
    return staff.saveProfile(ctx, actor.tenantId, actor.userId, request.body);
  });
}
