import { z } from 'zod';

export const officeDashboardSchema = z.object({
  customers: z.number().int().describe('Active customers'),
  locations: z.number().int().describe('Sites and homes'),
  portalUsers: z.number().int().describe('Customer contacts with portal access'),
  staff: z.number().int().describe('Staff members, all roles'),
  outboxWaiting: z.number().int().describe('Emails not yet delivered (held or queued)'),
});
export type OfficeDashboard = z.infer<typeof officeDashboardSchema>;
