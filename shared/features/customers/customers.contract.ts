import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { staffRoleSchema } from '../../role-schema.ts';
import { carrierFields, mobileCarrierSchema, requireOtherCarrierDomain } from '../staff/staff.contract.ts';
import { customerSorts, customerStatuses, customerTypes } from './customers.values.ts';

export { customerSorts, customerStatuses, customerTypes };
export const customerTypeSchema = z.enum(customerTypes);
export type CustomerType = z.infer<typeof customerTypeSchema>;


/** An email a form may leave empty: empty becomes null. */
const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .transform((v) => (v === '' ? null : v))
  .pipe(z.email(errorKey('validation.emailExample')).nullable())
  .nullable();

const optionalText = (max: number, tooLong: ReturnType<typeof errorKey>) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const contactPersonSchema = z.object({
  id: z.string().optional().describe('Present when editing an existing contact'),
  name: z.string().trim().min(1, errorKey('validation.enterContactName')).max(120, errorKey('validation.nameTooLong')),
  email: optionalEmail.optional(),
  mobile: optionalText(40, errorKey('validation.mobileTooLong')),
  // Reminder texts reach the mobile through its carrier's email-to-text gateway.
  mobileCarrier: carrierFields.mobileCarrier.optional(),
  mobileCarrierDomain: carrierFields.mobileCarrierDomain,
}).superRefine(requireOtherCarrierDomain);
export type ContactPersonInput = z.input<typeof contactPersonSchema>;

export const customerInputSchema = z.object({
  name: z.string().trim().min(1, errorKey('validation.enterCustomerName')).max(160, errorKey('validation.nameTooLong')),
  type: customerTypeSchema.describe('commercial: a business with sites; residential: a household with homes'),
  email: optionalEmail.optional()
    .describe('Main email for the account'),
  phone: optionalText(40, errorKey('validation.phoneTooLong')),
  billingAddress: optionalText(300, errorKey('validation.billingAddressTooLong')).describe('Street, town and postcode on one or more lines'),
  city: optionalText(100, errorKey('validation.cityTooLong')),
  website: z
    .string()
    .trim()
    .max(300)
    .transform((v) => (v === '' ? null : v))
    .pipe(z.url({ protocol: /^https?$/, error: errorKey('validation.webAddress') }).nullable())
    .nullable()
    .optional(),
  comments: optionalText(2000, errorKey('validation.commentsTooLong')).describe('Internal notes about the account'),
  contacts: z.array(contactPersonSchema).max(50, errorKey('validation.atMostContacts')).default([]),
});
export type CustomerInput = z.input<typeof customerInputSchema>;

export const customerListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Matches name, contact person, email, phone or address'),
  type: customerTypeSchema.optional(),
  status: z.enum(customerStatuses).default('active'),
  sort: z.enum(customerSorts).default('name').describe('name or created; a leading dash sorts descending'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type CustomerListQuery = z.infer<typeof customerListQuerySchema>;

export const customerListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: customerTypeSchema,
  email: z.string().nullable().describe('Main contact email'),
  phone: z.string().nullable().describe('Main contact phone'),
  city: z.string().nullable(),
  website: z.string().nullable().describe('The customer’s own website, for the list row’s Functions menu'),
  locationCount: z.number().int().describe('Sites or homes under this customer'),
  archivedAt: z.string().nullable(),
});

export type CustomerListItem = z.infer<typeof customerListItemSchema>;

export const customerListSchema = z.object({
  items: z.array(customerListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CustomerList = z.infer<typeof customerListSchema>;

export const contactPersonOutSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  mobile: z.string().nullable(),
  mobileCarrier: mobileCarrierSchema.nullable(),
  mobileCarrierDomain: z.string().nullable(),
});

export const customerDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: customerTypeSchema,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  billingAddress: z.string().nullable(),
  city: z.string().nullable(),
  website: z.string().nullable(),
  comments: z.string().nullable(),
  contacts: z.array(contactPersonOutSchema),
  locationCount: z.number().int(),
  portalUserCount: z.number().int(),
  archivedAt: z.string().nullable().describe('Set when the customer is in the archive'),
  createdAt: z.string(),
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

export const idParamsSchema = z.object({ id: z.string().min(1).max(64) });

/** How far back a visit counts when naming the staff who worked for a customer. */
export const associatedStaffWindowDays = 90;

export const associatedStaffMemberSchema = z.object({
  staffId: z.string(),
  name: z.string(),
  role: staffRoleSchema,
  assignedTo: z.array(z.object({ locationId: z.string(), locationName: z.string() })).describe('The customer’s locations this person is assigned to'),
  lastWorked: z
    .object({ visitId: z.string(), startsAt: z.string(), locationName: z.string(), locationTimeZone: z.string() })
    .nullable()
    .describe(`Their latest visit for the customer, started or done, within the last ${associatedStaffWindowDays} days`),
});
export type AssociatedStaffMember = z.infer<typeof associatedStaffMemberSchema>;

export const associatedStaffSchema = z.object({
  items: z.array(associatedStaffMemberSchema).describe('By name: assigned to a location, or worked a visit in the window, or both'),
  windowDays: z.number().int(),
});
export type AssociatedStaff = z.infer<typeof associatedStaffSchema>;
