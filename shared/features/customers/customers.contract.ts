import { z } from 'zod';

export const customerTypes = ['commercial', 'residential'] as const;
export const customerTypeSchema = z.enum(customerTypes);
export type CustomerType = z.infer<typeof customerTypeSchema>;

export const customerStatuses = ['active', 'archived'] as const;
export const customerSorts = ['name', '-name', 'created', '-created'] as const;

/** An email a form may leave empty: empty becomes null. */
const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .transform((v) => (v === '' ? null : v))
  .pipe(z.email('Enter a valid email address, like name@example.com').nullable())
  .nullable();

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const contactPersonSchema = z.object({
  id: z.string().optional().describe('Present when editing an existing contact'),
  name: z.string().trim().min(1, 'Enter the contact’s name').max(120, 'Name can be at most 120 characters'),
  email: optionalEmail.optional(),
  mobile: optionalText(40, 'Mobile number'),
});
export type ContactPersonInput = z.input<typeof contactPersonSchema>;

export const customerInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter the customer’s name').max(160, 'Name can be at most 160 characters'),
  type: customerTypeSchema.describe('commercial: a business with sites; residential: a household with homes'),
  email: optionalEmail.optional()
    .describe('Main email for the account'),
  phone: optionalText(40, 'Phone'),
  billingAddress: optionalText(300, 'Billing address').describe('Street, town and postcode on one or more lines'),
  city: optionalText(100, 'City'),
  website: z
    .string()
    .trim()
    .max(300)
    .transform((v) => (v === '' ? null : v))
    .pipe(z.url({ protocol: /^https?$/, error: 'Enter a full web address, like https://example.com' }).nullable())
    .nullable()
    .optional(),
  comments: optionalText(2000, 'Comments').describe('Internal notes about the account'),
  contacts: z.array(contactPersonSchema).max(50, 'At most 50 contact persons').default([]),
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
  locationCount: z.number().int().describe('Sites or homes under this customer'),
  archivedAt: z.string().nullable(),
});

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
