import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { localTimeSchema } from './visits.contract.ts';

/** ISO 4217 codes the runtime can format, as `Intl` lists them: the list the office picks a currency from. */
export const currencyCodes: readonly string[] = Intl.supportedValuesOf('currency');

/** Arrival windows reach at most this far either side of the start. */
export const maxArrivalWindowMinutes = 4 * 60;
/** A customer may be allowed to skip until at most two weeks before a visit. */
export const maxSkipCutoffHours = 14 * 24;
/** A calendar subscription lists at most a year ahead (visits exist 90 days ahead anyway). */
export const maxCalendarFeedDays = 366;

const wholeNumber = (minimum: number, maximum: number) =>
  z
    .number({ error: errorKey('validation.number') })
    .int(errorKey('validation.wholeNumber'))
    .min(minimum, errorKey('validation.atLeast'))
    .max(maximum, errorKey('validation.atMost'));

const bothTimes = (settings: { businessHoursOpens: string; businessHoursCloses: string }) =>
  localTimeSchema.safeParse(settings.businessHoursOpens).success && localTimeSchema.safeParse(settings.businessHoursCloses).success;

export const schedulingSettingsSchema = z
  .object({
    showArrivalWindow: z.boolean().describe('Customers see a window around each visit’s start instead of the exact time'),
    arrivalWindowBeforeMinutes: wholeNumber(0, maxArrivalWindowMinutes).describe('How long before the start the window opens'),
    arrivalWindowAfterMinutes: wholeNumber(0, maxArrivalWindowMinutes).describe('How long after the start it closes'),
    businessHoursOpens: localTimeSchema.describe('The working day starts, on each location’s clock; windows stay inside it'),
    businessHoursCloses: localTimeSchema.describe('The working day ends'),
    skipCutoffHours: wholeNumber(0, maxSkipCutoffHours).describe('Customers may skip a visit themselves until this many hours before it'),
    calendarFeedDays: wholeNumber(1, maxCalendarFeedDays).describe('How many days ahead calendar subscriptions list visits'),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => currencyCodes.includes(code), errorKey('validation.currency'))
      .describe('ISO 4217 code of every price: USD, EUR, DKK'),
  })
  // Times of day as HH:MM compare as text; a time that is not one is already refused on its own.
  .refine((settings) => !bothTimes(settings) || settings.businessHoursCloses > settings.businessHoursOpens, { path: ['businessHoursCloses'], error: errorKey('validation.closesAfterOpens') });
export type SchedulingSettings = z.output<typeof schedulingSettingsSchema>;
export type SchedulingSettingsInput = z.input<typeof schedulingSettingsSchema>;

/** What the office reads back: the same fields as plain values (a response schema must not transform). */
export const schedulingSettingsResponseSchema = z.object({
  showArrivalWindow: z.boolean(),
  arrivalWindowBeforeMinutes: z.number(),
  arrivalWindowAfterMinutes: z.number(),
  businessHoursOpens: z.string(),
  businessHoursCloses: z.string(),
  skipCutoffHours: z.number(),
  calendarFeedDays: z.number(),
  currency: z.string(),
});
export type SchedulingSettingsResponse = z.infer<typeof schedulingSettingsResponseSchema>;
