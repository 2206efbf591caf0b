import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { visitWorkSchema } from './checklist.contract.ts';

/** One person's time at the visit, as the customer reads it: first name only. */
export const proofOfServiceTimeSchema = z.object({
  firstName: z.string(),
  clockedInAt: z.string(),
  clockedOutAt: z.string().nullable().describe('Null only if an office correction reopened the time after the visit completed'),
});
export type ProofOfServiceTime = z.infer<typeof proofOfServiceTimeSchema>;

/** The customer's report of a completed visit: when and where, who worked when, and what was done. */
export const proofOfServiceSchema = z.object({
  visit: z.object({
    id: z.string(),
    name: z.string().describe('The service'),
    startsAt: z.string(),
    locationId: z.string(),
    locationName: z.string(),
    address: z.string(),
    timeZone: z.string().describe('Every time of the report is read on this clock'),
  }),
  times: z.array(proofOfServiceTimeSchema).describe('Each person’s clock-in and clock-out, earliest first'),
  work: visitWorkSchema.describe('The checklist by area, the notes meant for the customer and the photos'),
});
export type ProofOfService = z.infer<typeof proofOfServiceSchema>;

/** The company's field-work settings. */
export const fieldSettingsSchema = z.object({
  proofOfServiceEmails: z.boolean({ error: errorKey('validation.required') }).describe('Email the location’s portal users a link to the proof of service when a visit completes'),
});
export type FieldSettings = z.infer<typeof fieldSettingsSchema>;
