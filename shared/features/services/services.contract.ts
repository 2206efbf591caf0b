import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

export const serviceInputSchema = z.object({
  name: z.string().trim().min(1, errorKey('validation.enterServiceName')).max(120, errorKey('validation.tooLong')),
  description: z
    .string()
    .trim()
    .max(500, errorKey('validation.tooLong'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  active: z.boolean().default(true).describe('Inactive services cannot be assigned or requested'),
  visibleInPortal: z.boolean().default(true).describe('Whether customers may request it in the portal'),
  allLocations: z.boolean().default(false).describe('Assigned to every location, including ones added later'),
  locationIds: z.array(z.string().min(1)).max(5000).default([]).describe('Locations it is assigned to when not all'),
});
export type ServiceInput = z.input<typeof serviceInputSchema>;

export const serviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  active: z.boolean(),
  visibleInPortal: z.boolean(),
  allLocations: z.boolean(),
  locations: z.array(z.object({ id: z.string(), name: z.string(), customerName: z.string() })),
});
export type Service = z.infer<typeof serviceSchema>;
export const serviceListSchema = z.object({ items: z.array(serviceSchema) });

export const requestCategoryInputSchema = z.object({
  name: z.string().trim().min(1, errorKey('validation.enterCategoryName')).max(80, errorKey('validation.tooLong')),
  active: z.boolean().default(true),
});
export const requestCategorySchema = z.object({ id: z.string(), name: z.string(), active: z.boolean() });
export type RequestCategory = z.infer<typeof requestCategorySchema>;
export const requestCategoryListSchema = z.object({ items: z.array(requestCategorySchema) });

/** What a customer may ask for at one location. */
export const requestOptionsSchema = z.object({
  services: z.array(z.object({ id: z.string(), name: z.string(), description: z.string().nullable() })),
  categories: z.array(z.object({ id: z.string(), name: z.string() })),
  requestsAllowed: z.boolean().describe('False when the company does not take requests through the portal'),
});
export type RequestOptions = z.infer<typeof requestOptionsSchema>;
