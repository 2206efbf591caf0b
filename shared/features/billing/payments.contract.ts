import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { minorUnitsSchema } from '../../money-schema.ts';

/** The most invoices paid in one transaction: more is taken as a mistake. */
export const maxInvoicesPerPayment = 200;

const idempotencyKeySchema = z
  .string()
  .trim()
  .min(8, errorKey('validation.invalid'))
  .max(100, errorKey('validation.invalid'))
  .describe('Made by the page once per payment it shows: a double click or a retry sends the same key and finds the same payment');

const tipSchema = minorUnitsSchema();

export const payInvoicesSchema = z.object({
  invoiceIds: z.array(z.string().min(1).max(64)).min(1, errorKey('validation.chooseAtLeastOne')).max(maxInvoicesPerPayment, errorKey('validation.chooseAtMost')),
  tips: z.record(z.string().min(1).max(64), tipSchema).default({}).describe('Invoice id → tip in minor units, charged with the payment and kept apart from the balance'),
  cardId: z.string().min(1).max(64).nullable().default(null).describe('A card on file; null for the default card'),
  idempotencyKey: idempotencyKeySchema,
});
export type PayInvoicesInput = z.input<typeof payInvoicesSchema>;

export const prepaySchema = z.object({
  amount: minorUnitsSchema({ min: 100 })
    .describe('Minor units; it sits as credit until the office applies it'),
  cardId: z.string().min(1).max(64).nullable().default(null),
  idempotencyKey: idempotencyKeySchema,
});
export type PrepayInput = z.input<typeof prepaySchema>;

export const paymentStatuses = ['pending', 'requires_action', 'succeeded', 'failed'] as const;

/** A payment attempt as the one who made it sees it. */
export const paymentSchema = z.object({
  id: z.string(),
  status: z.enum(paymentStatuses).describe('pending: the gateway’s answer is being confirmed; requires_action: open `nextActionUrl` to finish'),
  amount: z.number().describe('Everything charged, tips included'),
  tip: z.number(),
  currency: z.string(),
  purpose: z.enum(['invoices', 'prepayment']),
  card: z.object({ brand: z.string(), last4: z.string() }),
  nextActionUrl: z.string().nullable(),
  failureCode: z.string().nullable(),
  invoices: z.array(z.object({ id: z.string(), number: z.string().nullable(), amount: z.number(), tip: z.number() })),
  createdAt: z.string(),
});
export type Payment = z.infer<typeof paymentSchema>;

/** What the pay page starts from: every invoice still owed, all of them selected. */
export const payableInvoiceSchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  total: z.number(),
  due: z.number(),
  tip: z.number().describe('The tip already on the invoice (the customer’s default tip when it was made); the page may change it'),
  overdue: z.boolean(),
  selected: z.boolean(),
  inFlight: z.boolean().describe('A payment of it is being confirmed: it cannot be paid again meanwhile'),
});
export const payPageSchema = z.object({
  currency: z.string(),
  invoices: z.array(payableInvoiceSchema),
  cards: z.array(z.object({ id: z.string(), brand: z.string(), last4: z.string(), expMonth: z.number(), expYear: z.number(), isDefault: z.boolean() })),
  testGateway: z.boolean(),
  allowPrepayments: z.boolean(),
  credit: z.number(),
});
export type PayPage = z.infer<typeof payPageSchema>;

/** An invoice the office may charge to a customer's card on autopay. */
export const invoiceToChargeSchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  customerId: z.string(),
  customerName: z.string(),
  dueDate: z.string().nullable(),
  due: z.number(),
  tip: z.number(),
  card: z.object({ brand: z.string(), last4: z.string() }),
  lastFailure: z.string().nullable(),
});
export const invoicesToChargeSchema = z.object({ currency: z.string(), items: z.array(invoiceToChargeSchema), total: z.number() });
export type InvoicesToCharge = z.infer<typeof invoicesToChargeSchema>;

export const chargeInvoicesSchema = z.object({
  invoiceIds: z.array(z.string().min(1).max(64)).min(1, errorKey('validation.chooseAtLeastOne')).max(1000, errorKey('validation.chooseAtMost')),
});
export const chargeResultsSchema = z.object({
  items: z.array(z.object({ customerId: z.string(), customerName: z.string(), payment: paymentSchema.nullable(), skipped: z.string().nullable() })),
});
export type ChargeResults = z.infer<typeof chargeResultsSchema>;

/** The invoices preselected on the pay page: every one still owed that is not already being paid. */
export function preselected(invoices: readonly { due: number; inFlight: boolean }[]): boolean[] {
  return invoices.map((invoice) => invoice.due > 0 && !invoice.inFlight);
}
