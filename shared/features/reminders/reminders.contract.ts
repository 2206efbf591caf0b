import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { contactPersonSchema } from '../customers/customers.contract.ts';
import { mobileCarrierSchema } from '../staff/staff.contract.ts';

/** How many days before a visit's day a contact can be reminded (MC: 3-day and 1-day notifications). */
export const reminderDays = [3, 1] as const;
export type ReminderDays = (typeof reminderDays)[number];
/** A customer keeps at most this many contacts, as the customer form does. */
export const maxContacts = 50;

const switches = {
  threeDaysBefore: z.boolean().default(false).describe('Reminded three days before each visit'),
  oneDayBefore: z.boolean().default(false).describe('Reminded the day before each visit'),
};

export const reminderContactSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  mobile: z.string().nullable(),
  mobileCarrier: mobileCarrierSchema.nullable(),
  mobileCarrierDomain: z.string().nullable(),
  threeDaysBefore: z.boolean(),
  oneDayBefore: z.boolean(),
});
export type ReminderContact = z.infer<typeof reminderContactSchema>;

export const customerRemindersSchema = z.object({
  customerId: z.string(),
  customerName: z.string(),
  canEdit: z.boolean().describe('Whether the person asking may change them: in the portal, only when the company lets customers manage their notifications'),
  customersManage: z.boolean().describe('Whether the company lets customers change their reminders in the portal'),
  contacts: z.array(reminderContactSchema),
});
export type CustomerReminders = z.infer<typeof customerRemindersSchema>;

/** The office turns reminders on or off; the contacts themselves are changed on the customer form. */
export const officeReminderChoicesSchema = z.object({
  contacts: z.array(z.object({ id: z.string().min(1).max(64), ...switches })).max(maxContacts, errorKey('validation.atMostContacts')),
});
export type OfficeReminderChoices = z.input<typeof officeReminderChoicesSchema>;

/**
 * The customer's contacts as the portal saves them: every contact, with its switches; a contact without
 * an id is new and one left out is removed. A contact who is reminded needs somewhere to send it.
 */
export const portalRemindersInputSchema = z.object({
  contacts: z
    .array(
      contactPersonSchema
        // safeExtend keeps the contact's own checks (the carrier's gateway domain).
        .safeExtend(switches)
        .refine((c) => !(c.threeDaysBefore || c.oneDayBefore) || Boolean(c.email) || Boolean(c.mobile), { path: ['email'], error: errorKey('reminders.needsAddress') }),
    )
    .max(maxContacts, errorKey('validation.atMostContacts')),
});
export type PortalRemindersInput = z.input<typeof portalRemindersInputSchema>;

export const reminderSettingsSchema = z.object({
  reminderHour: z.number().int().describe('From this hour (0–23) on each location’s clock, the day’s reminders go out'),
  customersManageNotifications: z.boolean().describe('Whether customers change their own reminders in the portal (Settings → Customer portal)'),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const reminderSettingsInputSchema = z.object({
  reminderHour: z.number({ error: errorKey('validation.number') }).int(errorKey('validation.wholeNumber')).min(0, errorKey('validation.atLeast')).max(23, errorKey('validation.atMost')),
});
