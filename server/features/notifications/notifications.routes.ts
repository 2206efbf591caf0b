import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffNotificationListSchema, type StaffNotificationList } from '../../../shared/features/notifications/notifications.contract.ts';
import { notificationsPolicy } from '../../../shared/features/notifications/notifications.policy.ts';
import { serviceRequestsPolicy } from '../../../shared/features/service-requests/service-requests.policy.ts';
import { suppliesPolicy } from '../../../shared/features/supplies/supplies.policy.ts';
import { hasRoleAtLeast } from '../../../shared/roles.ts';
import type { AppContext } from '../../context.ts';
import { staffActor, type StaffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { markRead, notificationsOf } from './notifications.repository.ts';

export function registerNotificationRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Notifications'];
  const response = { 200: staffNotificationListSchema, ...errorResponses };

  async function listFor(actor: StaffActor): Promise<StaffNotificationList> {
    const { items, ...counts } = await notificationsOf(ctx.db, actor.tenantId, actor.userId, {
      newRequests: hasRoleAtLeast(actor.role, serviceRequestsPolicy.handle),
      newSupplyOrders: hasRoleAtLeast(actor.role, suppliesPolicy.read),
    });
    return { items: items.map((n) => ({ id: n.id, kind: n.kind, title: n.title, link: n.link, createdAt: n.created_at, readAt: n.read_at })), ...counts };
  }

  app.get('/api/office/notifications', { config: { policy: notificationsPolicy.read }, schema: { tags, summary: 'Your latest notifications, the unread count and the side menu’s badges', response } }, async (request) => {
    return listFor(staffActor(request));
  });

  app.post('/api/office/notifications/read', { config: { policy: notificationsPolicy.read },
    schema: { tags, summary: 'Mark notifications read (all of yours when no ids are given)', body: z.object({ ids: z.array(z.string().max(64)).max(200).optional() }), response },
  }, async (request) => {
    const actor = staffActor(request);
    await markRead(ctx.db, actor.tenantId, actor.userId, request.body.ids);
    return listFor(actor);
  });
}
