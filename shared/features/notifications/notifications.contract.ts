import { z } from 'zod';

export const staffNotificationSchema = z.object({
  id: z.string(),
  kind: z.string().describe('service_request, request_assigned, customer_reply, supply_order, feedback, visit_skipped or visit_problem'),
  title: z.string(),
  link: z.string().describe('Office path to open'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const staffNotificationListSchema = z.object({
  items: z.array(staffNotificationSchema),
  unread: z.number().int(),
  newRequests: z.number().int().describe('Service requests nobody has opened yet (the inbox badge); 0 for a role that may not handle requests'),
  newSupplyOrders: z.number().int().describe('Supply orders waiting for approval (the Supplies badge); 0 for a role that may not see orders'),
});
export type StaffNotificationList = z.infer<typeof staffNotificationListSchema>;
