import { z } from 'zod';

/** A request nobody has finished this many days after it was sent is overdue. */
export const overdueAfterDays = 2;
/** Ratings at or below this, given within `lowRatingWithinDays`, ask for a look. */
export const lowRatingAtMost = 2;
export const lowRatingWithinDays = 30;

const attentionCount = (what: string) => z.number().int().nullable().describe(`${what}; null when the person’s role may not open that list`);

export const officeDashboardSchema = z.object({
  customers: z.number().int().describe('Active customers'),
  locations: z.number().int().describe('Sites and homes'),
  portalUsers: z.number().int().describe('Customer contacts with portal access'),
  staff: z.number().int().describe('Staff members, all roles'),
  outboxWaiting: z.number().int().describe('Emails not yet delivered (held or queued)'),
  attention: z
    .object({
      newRequests: attentionCount('Requests nobody has opened yet'),
      overdueRequests: attentionCount(`Unfinished requests sent more than ${String(overdueAfterDays)} days ago`),
      newSupplyOrders: attentionCount('Supply orders waiting for approval'),
      lowRatings: attentionCount(`Ratings of ${String(lowRatingAtMost)} or less in the last ${String(lowRatingWithinDays)} days`),
      failingEmails: attentionCount('Emails whose delivery is failing'),
    })
    .describe('What needs someone’s attention, each the size of a filtered list'),
});
export type OfficeDashboard = z.infer<typeof officeDashboardSchema>;
export type DashboardAttention = OfficeDashboard['attention'];
