import { z } from 'zod';

export const customerTypes = ['commercial', 'residential'] as const;
export const customerTypeSchema = z.enum(customerTypes);

export const customerListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Matches name, email or phone'),
  type: customerTypeSchema.optional(),
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
});

export const customerListSchema = z.object({
  items: z.array(customerListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CustomerList = z.infer<typeof customerListSchema>;

export const locationListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Matches location name, address or customer name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const locationListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  address: z.string(),
  timeZone: z.string(),
});

export const locationListSchema = z.object({
  items: z.array(locationListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type LocationList = z.infer<typeof locationListSchema>;
