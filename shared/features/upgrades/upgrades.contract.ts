import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { priceBreakdownSchema, visitStatusSchema, visitUpgradeStatuses } from '../visits/visits.contract.ts';
import { minorUnitsSchema } from '../../money-schema.ts';

/** A customer may add upgrades to a visit only while it starts more than this far ahead (MC). */
export const upgradeWindowHours = 24;
/** More extra time than this for one add-on is taken as a typing mistake: half a working day. */
export const maxExtraMinutes = 240;

export const upgradeInputSchema = z.object({
  name: z.string().trim().min(1, errorKey('upgrades.enterName')).max(80, errorKey('validation.tooLong')),
  description: z
    .string()
    .trim()
    .max(300, errorKey('validation.tooLong'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .describe('What the team does, as the customer reads it'),
  price: minorUnitsSchema()
    .describe('Minor units of the company’s currency'),
  extraMinutes: z
    .number({ error: errorKey('validation.number') })
    .int(errorKey('validation.wholeNumber'))
    .min(0, errorKey('validation.atLeast'))
    .max(maxExtraMinutes, errorKey('validation.atMost'))
    .describe('How much longer the visit takes with it'),
  active: z.boolean().default(true).describe('Only active upgrades are offered to customers'),
});
export type UpgradeInput = z.input<typeof upgradeInputSchema>;

export const upgradeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  price: z.number().describe('Minor units of `currency`'),
  extraMinutes: z.number(),
  active: z.boolean(),
});
export type Upgrade = z.infer<typeof upgradeSchema>;
export const upgradeListSchema = z.object({ items: z.array(upgradeSchema), currency: z.string() });
export type UpgradeList = z.infer<typeof upgradeListSchema>;

export const visitUpgradeStatusSchema = z.enum(visitUpgradeStatuses);

/** An upgrade on a visit: name, price and minutes as they were when the customer added it. */
export const visitUpgradeSchema = z.object({
  id: z.string(),
  upgradeId: z.string().nullable(),
  name: z.string(),
  price: z.number(),
  extraMinutes: z.number(),
  status: visitUpgradeStatusSchema,
  requestId: z.string().nullable(),
  createdAt: z.string(),
});
export type VisitUpgrade = z.infer<typeof visitUpgradeSchema>;

export const upgradeVisitSchema = z.object({
  id: z.string(),
  name: z.string().describe('The service'),
  startsAt: z.string(),
  timeZone: z.string().describe('The location’s clock, which the visit is shown on'),
  locationId: z.string(),
  locationName: z.string(),
  status: visitStatusSchema,
});

/** The portal's upgrade page: the visit, what can be added, and what already was. */
export const portalVisitUpgradesSchema = z.object({
  visit: upgradeVisitSchema,
  price: priceBreakdownSchema.describe('The visit’s price with its upgrades; pending ones are shown but not counted'),
  added: z.array(visitUpgradeSchema),
  offered: z.array(upgradeSchema).describe('Active upgrades not yet on this visit'),
  canUpgrade: z.boolean().describe('False from 24 hours before the visit: upgrades can no longer be added'),
  currency: z.string(),
});
export type PortalVisitUpgrades = z.infer<typeof portalVisitUpgradesSchema>;

export const addUpgradesSchema = z.object({
  upgradeIds: z
    .array(z.string().min(1).max(64))
    .min(1, errorKey('upgrades.chooseOne'))
    .max(20, errorKey('validation.chooseAtMost'))
    .describe('Upgrades from the offered list'),
});
export type AddUpgradesInput = z.input<typeof addUpgradesSchema>;

/** An upgrade a request asks for, with the visit it is for: the office accepts or declines it. */
export const requestedUpgradeSchema = visitUpgradeSchema.extend({ visit: upgradeVisitSchema });
export type RequestedUpgrade = z.infer<typeof requestedUpgradeSchema>;
export const requestedUpgradeListSchema = z.object({ items: z.array(requestedUpgradeSchema), currency: z.string() });
export type RequestedUpgradeList = z.infer<typeof requestedUpgradeListSchema>;

export const upgradeDecisionSchema = z.object({
  status: z.enum(['accepted', 'declined']).describe('Accepted: it is added to the visit’s price and time; declined: it is left out'),
});
export type UpgradeDecision = z.infer<typeof upgradeDecisionSchema>;
