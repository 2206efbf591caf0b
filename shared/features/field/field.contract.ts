import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { clientIdSchema, maxClockAheadMinutes, maxOfflineHours } from '../../offline-writes.ts';
import { staffRoleSchema } from '../../role-schema.ts';
import { visitStatusSchema } from '../visits/visits.contract.ts';

/** The field app lists my visits this many days ahead, after today's. */
export const upcomingDays = 7;
/** On my way is offered this long before the first visit of my day. */
export const onMyWayLeadMinutes = 60;
/** Longest drive a technician may announce. */
export const maxOnMyWayMinutes = 240;

export const positionSchema = z
  .object({
    latitude: z.number({ error: errorKey('validation.number') }).min(-90, errorKey('validation.atLeast')).max(90, errorKey('validation.atMost')),
    longitude: z.number({ error: errorKey('validation.number') }).min(-180, errorKey('validation.atLeast')).max(180, errorKey('validation.atMost')),
    accuracy: z.number({ error: errorKey('validation.number') }).min(0, errorKey('validation.atLeast')).max(100_000, errorKey('validation.atMost')).nullable().optional().describe('Metres'),
  })
  .describe('Where the device was, when the person allowed it to say');
export type Position = z.infer<typeof positionSchema>;

export const clockInputSchema = z.object({
  clientId: clientIdSchema,
  position: positionSchema.nullable().optional(),
  at: z.iso
    .datetime({ error: errorKey('validation.date') })
    .optional()
    .describe(`When the person tapped, by the device's clock: a write kept without a signal is recorded at this time, up to ${maxOfflineHours} hours back and ${maxClockAheadMinutes} minutes ahead of the server's clock (never later than the server's now). Left out, the server's own time`),
});
export type ClockInput = z.input<typeof clockInputSchema>;

export const myTimesheetSchema = z.object({
  id: z.string(),
  clockedInAt: z.string(),
  clockedOutAt: z.string().nullable(),
});
export type MyTimesheet = z.infer<typeof myTimesheetSchema>;

export const fieldTeamMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  onSite: z.boolean().describe('Clocked in at this visit and not yet out'),
});

export const fieldVisitSchema = z.object({
  id: z.string(),
  name: z.string().describe('The service'),
  customerName: z.string(),
  locationName: z.string(),
  address: z.string(),
  timeZone: z.string().describe('The location’s zone: every time is shown on its clock'),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number(),
  arrivalFrom: z.string().describe('The arrival window the customer was given (the start itself when the company shows no window)'),
  arrivalTo: z.string(),
  status: visitStatusSchema,
  accessNotes: z.string().nullable().describe('How to get in, from the location'),
  notes: z.string().nullable().describe('Notes for the team'),
  team: z.array(fieldTeamMemberSchema),
  myTimesheet: myTimesheetSchema.nullable(),
  canClockIn: z.boolean(),
  canClockOut: z.boolean(),
  onMyWay: z.object({
    offered: z.boolean().describe('From an hour before the first visit of my day, or once I clocked in somewhere that day'),
    sentAt: z.string().nullable(),
  }),
});
export type FieldVisit = z.infer<typeof fieldVisitSchema>;

export const fieldVisitListSchema = z.object({
  today: z.array(fieldVisitSchema).describe('My visits today, on each location’s clock, in order'),
  upcoming: z.array(fieldVisitSchema).describe('My visits in the next seven days after today'),
});
export type FieldVisitList = z.infer<typeof fieldVisitListSchema>;

export const clockResultSchema = z.object({
  timesheet: myTimesheetSchema,
  visitStatus: visitStatusSchema.describe('in_progress from the first clock-in; completed once every team member clocked out'),
});
export type ClockResult = z.infer<typeof clockResultSchema>;

export const onMyWayInputSchema = z.object({
  minutes: z
    .number({ error: errorKey('validation.number') })
    .int(errorKey('validation.wholeNumber'))
    .min(1, errorKey('validation.atLeast'))
    .max(maxOnMyWayMinutes, errorKey('validation.atMost'))
    .describe('How long until I arrive'),
});
export type OnMyWayInput = z.input<typeof onMyWayInputSchema>;
export const onMyWayResultSchema = z.object({
  expectedAt: z.string(),
  sentAt: z.string(),
  recipients: z.number().describe('Portal users of the location who were emailed'),
});
export type OnMyWayResult = z.infer<typeof onMyWayResultSchema>;

// ── Office ──────────────────────────────────────────────────────────────────────────────

const positionOut = z.object({ latitude: z.number(), longitude: z.number(), accuracy: z.number().nullable() }).nullable();

export const timesheetSchema = z.object({
  id: z.string(),
  visitId: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  clockedInAt: z.string(),
  clockedOutAt: z.string().nullable(),
  clockInPosition: positionOut,
  clockOutPosition: positionOut,
  correctedAt: z.string().nullable().describe('When the office last corrected a time; the audit log says who and why'),
});
export type Timesheet = z.infer<typeof timesheetSchema>;
export const timesheetListSchema = z.object({ items: z.array(timesheetSchema) });
export type TimesheetList = z.infer<typeof timesheetListSchema>;

export const timesheetCorrectionSchema = z
  .object({
    clockedInAt: z.iso.datetime({ error: errorKey('validation.date') }),
    clockedOutAt: z.iso.datetime({ error: errorKey('validation.date') }).nullable().optional().describe('Leave out or null while the person is still on site'),
    reason: z.string().trim().min(3, errorKey('validation.tooShort')).max(400, errorKey('validation.tooLong')).describe('Why the time changes; kept in the audit log'),
  })
  .refine((input) => !input.clockedOutAt || Date.parse(input.clockedOutAt) > Date.parse(input.clockedInAt), { path: ['clockedOutAt'], error: errorKey('validation.outBeforeIn') });
export type TimesheetCorrection = z.input<typeof timesheetCorrectionSchema>;

export const onSiteQuerySchema = z.object({
  from: z.iso.datetime({ error: errorKey('validation.date') }),
  to: z.iso.datetime({ error: errorKey('validation.date') }),
});
export const onSiteSchema = z.object({
  items: z.array(z.object({ visitId: z.string(), people: z.array(z.object({ id: z.string(), name: z.string() })) })).describe('Visits starting in the range with someone clocked in now'),
});
export type OnSite = z.infer<typeof onSiteSchema>;

// ── Portal ──────────────────────────────────────────────────────────────────────────────

export const whosWorkingSchema = z.object({
  people: z.array(
    z.object({
      firstName: z.string(),
      role: staffRoleSchema,
      photoUrl: z.string().nullable().describe('Only when the person added a photo'),
      since: z.string().describe('When they clocked in'),
    }),
  ),
  timeZone: z.string(),
});
export type WhosWorking = z.infer<typeof whosWorkingSchema>;
