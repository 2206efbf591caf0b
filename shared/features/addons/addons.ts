import { z } from 'zod';

/**
 * The add-on modules a company may switch on, each gating features of its own: text messaging
 * (texting a contact), invoice calculation (a customer's service agreements) and audits (a
 * customer's Reports tab). The server answers 404 on a gated route while its add-on is off
 * (`requireAddon`); the web hides what it gates (`useAddon`). Words in `addons:<key>.name`.
 */
export const addons = ['textMessaging', 'invoiceCalculation', 'audits'] as const;
export type Addon = (typeof addons)[number];

export const addonsSchema = z.object({
  textMessaging: z.boolean().describe('Text messages to customers’ contacts, besides email'),
  invoiceCalculation: z.boolean().describe('Each customer’s service agreements: the accepted quotes and services, with their prices'),
  audits: z.boolean().describe('The Reports tab of each customer: its inspections'),
});
export type Addons = z.infer<typeof addonsSchema>;
