import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { frequencySchema } from './frequency.ts';
import { localDateSchema, priceBreakdownSchema, visitStatusSchema } from './visits.contract.ts';

/**
 * The reason written on a visit the customer skipped from the portal. The office reads it as it
 * is; the portal shows its own words for it in the customer's language.
 */
export const customerSkipReason = 'Skipped by the customer';

/** Team members, the address and upgrades change at this distance from the start (MC). */
export const visitNoticeHours = 24;

/** When the customer may expect the team: the start time, or a window around it when the company shows windows. */
export const portalArrivalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('time'), at: z.string() }),
  z.object({ kind: z.literal('window'), from: z.string(), to: z.string() }),
]);
export type PortalArrival = z.infer<typeof portalArrivalSchema>;

/**
 * Where the visit is, as the card shows it (MC): the estimated arrival until someone clocks in; the
 * estimated completion (first clock-in plus the time to complete) while the team works; the actual
 * start and end once everyone has clocked out.
 */
export const visitProgressSchema = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('arrival') }),
  z.object({ phase: z.literal('working'), startedAt: z.string(), estimatedCompletionAt: z.string() }),
  z.object({ phase: z.literal('done'), startedAt: z.string(), finishedAt: z.string() }),
]);
export type VisitProgress = z.infer<typeof visitProgressSchema>;

export const portalNextVisitSchema = z.object({
  id: z.string(),
  locationId: z.string(),
  name: z.string().describe('The service'),
  startsAt: z.string(),
  endsAt: z.string().describe('Start plus the time to complete: the estimated completion'),
  timeZone: z.string().describe('The location’s zone: every time is shown on its clock'),
  status: visitStatusSchema,
  arrival: portalArrivalSchema.describe('Estimated arrival: a time, or a window when the company shows windows'),
  frequency: frequencySchema.nullable().describe('How often the service comes back (`once` for a one-off); null for a rule written outside Porter'),
  team: z.array(z.string()).optional().describe('First names of the team; only when the visit starts in under 24 hours'),
  address: z.string().optional().describe('Only when the customer has more than one location'),
  price: priceBreakdownSchema,
  canUpgrade: z.boolean().describe('Upgrades can be added: the visit starts more than 24 hours from now'),
  progress: visitProgressSchema,
});
export type PortalNextVisit = z.infer<typeof portalNextVisitSchema>;
export const portalNextVisitResponseSchema = z.object({ visit: portalNextVisitSchema.nullable() });
export type PortalNextVisitResponse = z.infer<typeof portalNextVisitResponseSchema>;

export const portalVisitSchema = z.object({
  id: z.string(),
  locationId: z.string(),
  name: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  status: visitStatusSchema,
  statusReason: z.string().nullable().describe('Why it was skipped or cancelled'),
  total: z.number().describe('Minor units of `currency`; pending upgrades are not counted'),
  currency: z.string(),
  canSkip: z.boolean().describe('The customer may skip it themselves: it is scheduled and the cutoff has not passed'),
  canAskToSkip: z.boolean().describe('Too late to skip: the customer may only ask, which opens a request'),
  canReschedule: z.boolean().describe('Still to come and scheduled: the customer may ask for other dates'),
  skipCutoffAt: z.string().describe('The last moment the customer may skip it themselves'),
});
export type PortalVisit = z.infer<typeof portalVisitSchema>;

export const portalVisitWhen = ['upcoming', 'past'] as const;
export type PortalVisitWhen = (typeof portalVisitWhen)[number];

export const portalVisitQuerySchema = z.object({
  when: z.enum(portalVisitWhen).default('upcoming').describe('upcoming: from now on, soonest first; past: newest first'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});
export type PortalVisitQuery = z.input<typeof portalVisitQuerySchema>;

export const portalVisitListSchema = z.object({
  items: z.array(portalVisitSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  requestsEnabled: z.boolean().describe('Requests are on at this location, so a request about a visit can be opened'),
});
export type PortalVisitList = z.infer<typeof portalVisitListSchema>;

export const portalWaitingServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  frequency: frequencySchema.nullable(),
  durationMinutes: z.number(),
  total: z.number().describe('Base price with its rate modifications, in minor units of `currency`'),
  currency: z.string(),
  createdAt: z.string(),
});
export type PortalWaitingService = z.infer<typeof portalWaitingServiceSchema>;
export const portalWaitingServiceListSchema = z.object({ items: z.array(portalWaitingServiceSchema) });

/** Most dates a customer may suggest when asking to move a visit. */
export const maxPreferredDates = 3;
/** A note to the office; short, as the request's text is. */
export const visitNoteMaxLength = 400;

const note = z
  .string()
  .trim()
  .max(visitNoteMaxLength, errorKey('validation.tooLong'))
  .optional()
  .describe('A note to the office');

export const rescheduleRequestSchema = z.object({
  preferredDates: z
    .array(localDateSchema)
    .min(1, errorKey('validation.choosePreferredDate'))
    .max(maxPreferredDates, errorKey('validation.chooseAtMost'))
    .refine((dates) => new Set(dates).size === dates.length, errorKey('validation.datesDiffer'))
    .describe('Up to three days that would suit, on the location’s clock'),
  note,
});
export type RescheduleRequest = z.input<typeof rescheduleRequestSchema>;

export const skipRequestSchema = z.object({ note });
export type SkipRequest = z.input<typeof skipRequestSchema>;

export const visitRequestOpenedSchema = z.object({
  requestId: z.string(),
  reference: z.string(),
  visible: z.boolean().describe('The customer can open the request in the portal (requests are on at the location)'),
});
export type VisitRequestOpened = z.infer<typeof visitRequestOpenedSchema>;

export const calendarSubscriptionSchema = z.object({
  subscribed: z.boolean(),
  feedDays: z.number().describe('How many days ahead the feed lists visits (the company’s setting)'),
});
export type CalendarSubscription = z.infer<typeof calendarSubscriptionSchema>;
export const calendarLinkSchema = z.object({ url: z.string().describe('The secret feed address; shown this once') });
export type CalendarLink = z.infer<typeof calendarLinkSchema>;
