import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { frequencySchema } from './frequency.ts';
import { rateModificationSchema } from './price.ts';
import { minorUnitsSchema } from '../../money-schema.ts';
import { cursorSchema, nextCursorSchema } from '../../paging.ts';

/** A service on a customer's account is waiting (on the waiting list) until the office schedules it. */
export const accountServiceStatuses = ['waiting', 'scheduled'] as const;
export type AccountServiceStatus = (typeof accountServiceStatuses)[number];

export const visitStatuses = ['scheduled', 'in_progress', 'completed', 'skipped', 'cancelled'] as const;
export const visitStatusSchema = z.enum(visitStatuses);
export type VisitStatus = z.infer<typeof visitStatusSchema>;

/** An upgrade the customer added waits for the office to accept it. */
export const visitUpgradeStatuses = ['pending', 'accepted', 'declined'] as const;
export type VisitUpgradeStatus = (typeof visitUpgradeStatuses)[number];

/** Visits of a scheduled service exist this far ahead; the horizon job keeps them coming. */
export const visitHorizonDays = 90;
/** Longest visit the office can plan: a full day. */
export const maxDurationMinutes = 24 * 60;

export const localDateSchema = z.iso.date({ error: errorKey('validation.date') }).describe('A day on the location’s clock: 2026-03-08');
export const localTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, errorKey('validation.timeOfDay'))
  .describe('A time on the location’s clock: 09:30');

const optionalText = (maximum: number) =>
  z
    .string()
    .trim()
    .max(maximum, errorKey('validation.tooLong'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const teamIdsSchema = z.array(z.string().min(1).max(64)).max(10, errorKey('validation.chooseAtMost')).describe('Staff who do the work');

export const accountServiceInputSchema = z
  .object({
    locationId: z.string().min(1, errorKey('validation.chooseLocation')).max(64),
    serviceId: z.string().min(1).max(64).nullable().optional().describe('A catalogue service; leave out to give the service its own name'),
    name: optionalText(120).describe('The service’s own name; defaults to the catalogue service’s'),
    frequency: frequencySchema,
    startDate: localDateSchema.describe('The first visit’s day on the location’s clock'),
    startTime: localTimeSchema,
    durationMinutes: z
      .number({ error: errorKey('validation.number') })
      .int(errorKey('validation.wholeNumber'))
      .min(15, errorKey('validation.atLeast'))
      .max(maxDurationMinutes, errorKey('validation.atMost'))
      .describe('Time to complete: how long the team needs'),
    price: minorUnitsSchema().describe('Minor units of the company’s currency'),
    rateModifications: z.array(rateModificationSchema).max(10, errorKey('validation.chooseAtMost')).default([]),
    teamIds: teamIdsSchema.default([]),
    notes: optionalText(1000).describe('Notes for the team'),
    endsOn: localDateSchema.nullable().optional().describe('The last day it comes; leave out to run on'),
  })
  .refine((input) => Boolean(input.serviceId) || Boolean(input.name), { path: ['name'], error: errorKey('validation.serviceOrName') })
  .refine((input) => !input.endsOn || input.endsOn >= input.startDate, { path: ['endsOn'], error: errorKey('validation.endsBeforeStart') });
export type AccountServiceInput = z.input<typeof accountServiceInputSchema>;

export const teamMemberSchema = z.object({ id: z.string(), name: z.string() });
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const accountServiceSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  locationId: z.string(),
  locationName: z.string(),
  timeZone: z.string(),
  serviceId: z.string().nullable(),
  name: z.string(),
  frequency: frequencySchema.nullable().describe('Null for a rule written outside Porter'),
  rrule: z.string().nullable().describe('RFC 5545 RRULE; null for a one-off'),
  startDate: z.string(),
  startTime: z.string(),
  durationMinutes: z.number(),
  price: z.number(),
  currency: z.string(),
  rateModifications: z.array(rateModificationSchema),
  team: z.array(teamMemberSchema),
  notes: z.string().nullable(),
  endsOn: z.string().nullable(),
  status: z.enum(accountServiceStatuses),
  createdAt: z.string(),
  scheduledAt: z.string().nullable(),
  nextVisitAt: z.string().nullable(),
});
export type AccountService = z.infer<typeof accountServiceSchema>;
export const accountServiceListSchema = z.object({ items: z.array(accountServiceSchema) });

export const waitingListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const waitingListSchema = z.object({ items: z.array(accountServiceSchema), total: z.number(), page: z.number(), pageSize: z.number() });

export const priceLineSchema = z.object({ name: z.string(), amount: z.number(), percent: z.number().optional(), pending: z.boolean().optional() });
export const priceBreakdownSchema = z.object({
  base: z.number(),
  rateModifications: z.array(priceLineSchema),
  upgrades: z.array(priceLineSchema),
  total: z.number(),
  currency: z.string(),
});
export type PriceBreakdownOut = z.infer<typeof priceBreakdownSchema>;

export const visitSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  locationId: z.string(),
  locationName: z.string(),
  address: z.string(),
  timeZone: z.string(),
  accountServiceId: z.string().nullable(),
  name: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number(),
  status: visitStatusSchema,
  exception: z.boolean().describe('Changed on its own: changes to its series leave it alone'),
  team: z.array(teamMemberSchema),
  notes: z.string().nullable(),
  statusReason: z.string().nullable(),
  price: priceBreakdownSchema,
});
export type Visit = z.infer<typeof visitSchema>;
/**
 * A page of visits, read by keyset (the rows after the last one shown), so a deep page of a
 * million visits costs what the first does; no total is counted, as counting reads every row.
 */
export const visitListSchema = z.object({ items: z.array(visitSchema), nextCursor: nextCursorSchema });
export type VisitList = z.infer<typeof visitListSchema>;

export const visitQuerySchema = z.object({
  from: z.iso.datetime({ error: errorKey('validation.date') }).optional().describe('Visits starting at or after this instant'),
  to: z.iso.datetime({ error: errorKey('validation.date') }).optional().describe('Visits starting before this instant'),
  customerId: z.string().min(1).max(64).optional(),
  locationId: z.string().min(1).max(64).optional(),
  staffId: z.string().min(1).max(64).optional().describe('Visits this team member is on'),
  status: visitStatusSchema.optional(),
  order: z.enum(['asc', 'desc']).default('asc'),
  cursor: cursorSchema.optional().describe('Where the page starts: the nextCursor of the page before, valid only for the same filters and order; left out for the first page'),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type VisitQuery = z.input<typeof visitQuerySchema>;
