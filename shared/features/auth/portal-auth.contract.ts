import { z } from 'zod';
import { tenantSummarySchema } from './auth.contract.ts';

export const portalSlugParamsSchema = z.object({
  slug: z
    .string()
    .min(1)
    .max(63)
    .regex(/^[a-z0-9-]+$/, 'A portal address uses lowercase letters, digits and dashes')
    .describe('The company’s portal address, e.g. "demo"'),
});

export const portalInfoSchema = z.object({
  tenant: tenantSummarySchema,
  portalEnabled: z.boolean().describe('False when the company has switched its customer portal off'),
});
export type PortalInfo = z.infer<typeof portalInfoSchema>;

export const portalLocationSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  name: z.string().describe('Site or home name'),
  address: z.string().describe('One-line address'),
});

export const portalCustomerSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['commercial', 'residential']),
});

export const portalMeSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
  }),
  tenant: tenantSummarySchema,
  customers: z.array(portalCustomerSchema).describe('Accounts this person may act for'),
  locations: z.array(portalLocationSchema).describe('Locations granted to this person, across their accounts'),
});
export type PortalMe = z.infer<typeof portalMeSchema>;
