import { z } from 'zod';

/**
 * The automatic notices Porter sends a customer's people, and to whom: visit reminders go to the
 * customer's contacts who chose them; the visit notices to the portal users of a location with the
 * portal on; invoices and quotes to its billing contacts. Words in `customers:notices.kinds.<kind>`.
 */
export const noticeKinds = ['reminder3Days', 'reminder1Day', 'onMyWay', 'visitDone', 'visitChanges', 'invoices', 'quotes'] as const;
export const noticeKindSchema = z.enum(noticeKinds);
export type NoticeKind = z.infer<typeof noticeKindSchema>;

/** The notices the office may switch off for one customer; the rest follow the contact's or the company's own choices. */
export const customerNoticeSwitchesSchema = z.object({
  onMyWay: z.boolean().describe('The team’s On my way emails'),
  visitDone: z.boolean().describe('The email that a visit is done, with its rating link and proof of service where the company sends them'),
  visitChanges: z.boolean().describe('Emails that a visit was moved, skipped or cancelled'),
});
export type CustomerNoticeSwitches = z.infer<typeof customerNoticeSwitchesSchema>;

export const noticeRecipientSchema = z.object({
  kind: z.enum(['contact', 'portalUser']).describe('A contact person of the customer, or a portal user'),
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  notices: z.array(z.object({ kind: noticeKindSchema, channels: z.array(z.enum(['email', 'text'])) })).describe('What this person gets, and how'),
});
export type NoticeRecipient = z.infer<typeof noticeRecipientSchema>;

export const customerNoticesSchema = z.object({
  switches: customerNoticeSwitchesSchema,
  people: z.array(noticeRecipientSchema),
});
export type CustomerNotices = z.infer<typeof customerNoticesSchema>;
