import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { rateModificationSchema } from './price.ts';
import {
  localDateSchema,
  localTimeSchema,
  maxDurationMinutes,
  teamIdsSchema,
  teamMemberSchema,
  visitListSchema,
  visitQuerySchema,
  visitSchema,
} from './visits.contract.ts';
import { minorUnitsSchema } from '../../money-schema.ts';

/** The longest stretch one schedule answer covers: a week. */
export const maxScheduleDays = 7;
/**
 * The schedule of the whole company shows this many team members at a time: a day or a week of
 * forty people's visits would be thousands in one answer and a grid nobody can read.
 */
export const scheduleMembersPerPage = 12;
/** A visit changed on its own says why it is skipped or cancelled, in this many characters at most. */
export const maxReasonLength = 500;

const id = z.string().min(1).max(64);

const durationSchema = z
  .number({ error: errorKey('validation.number') })
  .int(errorKey('validation.wholeNumber'))
  .min(15, errorKey('validation.atLeast'))
  .max(maxDurationMinutes, errorKey('validation.atMost'))
  .describe('Time to complete, in minutes');

const optionalText = (maximum: number) =>
  z
    .string()
    .trim()
    .max(maximum, errorKey('validation.tooLong'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

// ── The schedule ─────────────────────────────────────────────────────────────────────────

export const scheduleQuerySchema = z.object({
  from: localDateSchema.describe('The first day shown; each visit counts on the day its location’s clock shows'),
  days: z.coerce.number().int().min(1).max(maxScheduleDays).default(7).describe('1 for a day, 7 for a week'),
  customerId: id.optional(),
  locationId: id.optional(),
  staffId: id.optional().describe('Only this team member’s visits'),
  page: z.coerce.number().int().min(1).max(1000).default(1).describe('Without a filter, which team members: a page of them, by name'),
});
export type ScheduleQuery = z.input<typeof scheduleQuerySchema>;

export const scheduleVisitSchema = visitSchema.extend({
  localDate: z.string().describe('The visit’s day on its location’s clock'),
  conflicts: z.boolean().describe('A team member has another visit (not skipped or cancelled) that overlaps this one'),
  doubleBooked: z.array(teamMemberSchema).describe('The team members who are double-booked by it'),
});
export type ScheduleVisit = z.infer<typeof scheduleVisitSchema>;

export const scheduleGroupSchema = z.object({
  member: teamMemberSchema.nullable().describe('Null for visits nobody is on yet'),
  visitIds: z.array(z.string()).describe('Their visits in the range, by start'),
});
export type ScheduleGroup = z.infer<typeof scheduleGroupSchema>;

export const scheduleSchema = z.object({
  from: z.string(),
  days: z.array(z.string()).describe('Every day of the range, in order'),
  visits: z.array(scheduleVisitSchema),
  groups: z
    .array(scheduleGroupSchema)
    .describe('By team member, by name; visits nobody is on yet after them, on the first page. A visit with two people is in both groups'),
  page: z.number().int().describe('The page of team members shown'),
  pageSize: z.number().int().describe('Team members on a page'),
  totalMembers: z.number().int().describe('Team members on every page together; without a filter, everyone who can be sent'),
  truncated: z.boolean().describe('More visits fall in the range than one answer holds: narrow it with a filter'),
  currency: z.string().describe('The company’s currency: prices are in its minor units'),
});
export type Schedule = z.infer<typeof scheduleSchema>;

/** The list view: the same visits a page at a time, with double-bookings marked. */
export const scheduleListQuerySchema = visitQuerySchema;
export const scheduleListSchema = visitListSchema.extend({ items: z.array(scheduleVisitSchema) });
export type ScheduleList = z.infer<typeof scheduleListSchema>;

export const scheduleTeamSchema = z.object({ items: z.array(teamMemberSchema).describe('Staff who can be sent to a visit: not deactivated') });

// ── Changing one visit ───────────────────────────────────────────────────────────────────

export const moveVisitSchema = z.object({
  date: localDateSchema.describe('The new day on the location’s clock'),
  time: localTimeSchema.describe('The new start on the location’s clock'),
  durationMinutes: durationSchema.optional().describe('A new time to complete; leave out to keep it'),
});
export type MoveVisitInput = z.input<typeof moveVisitSchema>;

export const visitTeamInputSchema = z.object({ teamIds: teamIdsSchema });
export type VisitTeamInput = z.input<typeof visitTeamInputSchema>;

export const visitReasonSchema = z.object({
  reason: z
    .string({ error: errorKey('validation.enterReason') })
    .trim()
    .min(1, errorKey('validation.enterReason'))
    .max(maxReasonLength, errorKey('validation.tooLong'))
    .describe('Why: the customer is told'),
});
export type VisitReasonInput = z.input<typeof visitReasonSchema>;

export const visitChangeSchema = z.object({
  visit: visitSchema,
  doubleBooked: z.array(teamMemberSchema).describe('Team members who now have another visit at the same time: a warning, the change is made'),
});
export type VisitChange = z.infer<typeof visitChangeSchema>;

// ── A one-off visit ──────────────────────────────────────────────────────────────────────

export const oneOffVisitInputSchema = z
  .object({
    customerId: z.string().min(1, errorKey('validation.chooseCustomer')).max(64).describe('Whose visit it is'),
    locationId: z.string().min(1, errorKey('validation.chooseLocation')).max(64),
    serviceId: id.nullable().optional().describe('A catalogue service; leave out to give the visit its own name'),
    name: optionalText(120).describe('The visit’s own name; defaults to the catalogue service’s'),
    date: localDateSchema.describe('The day on the location’s clock'),
    time: localTimeSchema,
    durationMinutes: durationSchema,
    price: minorUnitsSchema().describe('Minor units of the company’s currency'),
    rateModifications: z.array(rateModificationSchema).max(10, errorKey('validation.chooseAtMost')).default([]),
    teamIds: teamIdsSchema.default([]),
    notes: optionalText(1000).describe('Notes for the team'),
  })
  .refine((input) => Boolean(input.serviceId) || Boolean(input.name), { path: ['name'], error: errorKey('validation.serviceOrName') });
export type OneOffVisitInput = z.input<typeof oneOffVisitInputSchema>;

export const oneOffVisitSchema = z.object({
  accountServiceId: z.string().describe('The one-off service on the customer’s account that holds it'),
  visit: visitSchema.nullable().describe('Null until the visit is within the 90 days the schedule holds'),
  doubleBooked: z.array(teamMemberSchema),
});
export type OneOffVisit = z.infer<typeof oneOffVisitSchema>;

// ── A staff member's calendar feed ───────────────────────────────────────────────────────

export const calendarLinkStatusSchema = z.object({ active: z.boolean().describe('A link exists; its address was shown once, when it was made') });
export const calendarLinkSchema = z.object({ url: z.string().describe('The secret address of the feed: shown this once, never again') });
export const calendarFeedParamsSchema = z.object({
  slug: z.string().min(1).max(64),
  file: z.string().min(1).max(128).describe('The secret token followed by .ics'),
});
