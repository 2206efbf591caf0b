import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { cursorSchema, nextCursorSchema } from '../../paging.ts';
import { documentTotalsSchema, lineSchema, linesInputSchema } from './document-lines.contract.ts';
import { minorUnitsSchema } from '../../money-schema.ts';
import { invoiceViews } from './billing.values.ts';

const dateSchema = z.iso.date({ error: errorKey('validation.date') });
const amountSchema = minorUnitsSchema({ min: 1 })
  .describe('Minor units of the company’s currency');
const reasonSchema = z.string().trim().min(1, errorKey('validation.required')).max(500, errorKey('validation.tooLong'));
const notesSchema = z.string().trim().max(2_000, errorKey('validation.tooLong'));

export const invoiceStatusSchema = z.enum(['draft', 'sent', 'partly_paid', 'paid', 'void']);
export type InvoiceStatusName = z.infer<typeof invoiceStatusSchema>;
export { invoiceViews };
export const invoiceViewSchema = z.enum(invoiceViews);
export type InvoiceView = z.infer<typeof invoiceViewSchema>;
export const manualMethods = ['cash', 'cheque', 'bank_transfer'] as const;
export const manualMethodSchema = z.enum(manualMethods);

export const fromVisitsSchema = z.object({
  from: dateSchema.describe('First day (the company’s clock) a visit may end on'),
  to: dateSchema.describe('Last day a visit may end on'),
  customerId: z.string().min(1).max(64).optional().describe('Only this customer’s visits'),
  taxRateId: z.string().min(1).max(64).nullable().optional().describe('The tax rate on each visit’s line'),
});
export const fromVisitsResultSchema = z.object({ invoices: z.number(), visits: z.number() });
export type FromVisitsResult = z.infer<typeof fromVisitsResultSchema>;

export const invoiceInputSchema = z.object({
  customerId: z.string().min(1).max(64),
  lines: linesInputSchema,
  notes: notesSchema.nullable().optional(),
});
export type InvoiceInput = z.input<typeof invoiceInputSchema>;
export const invoiceUpdateSchema = invoiceInputSchema.omit({ customerId: true }).extend({
  tip: minorUnitsSchema().optional(),
});

export const voidSchema = z.object({ reason: reasonSchema });
/** Either lines or a single amount (a line named by the reason, without tax). */
export const creditNoteInputSchema = z.object({ lines: linesInputSchema.optional(), amount: amountSchema.optional(), reason: reasonSchema });
export const manualPaymentSchema = z.object({
  method: manualMethodSchema,
  amount: amountSchema,
  reference: z.string().trim().max(120, errorKey('validation.tooLong')).nullable().optional(),
  note: z.string().trim().max(500, errorKey('validation.tooLong')).nullable().optional(),
});
export const refundInputSchema = z.object({
  amount: amountSchema.describe('Minor units given back: at most what is left unrefunded of this payment’s part of the invoice (tips are not refunded)'),
  reason: reasonSchema,
  idempotencyKey: z
    .string()
    .trim()
    .min(8, errorKey('validation.invalid'))
    .max(100, errorKey('validation.invalid'))
    .describe('Made by the page once per refund dialog it opens: a double click or a retry sends the same key and finds the same refund'),
});
export const applyCreditSchema = z.object({ invoiceId: z.string().min(1).max(64), amount: amountSchema });

export const invoiceQuerySchema = z.object({
  view: invoiceViewSchema.default('unpaid'),
  customerId: z.string().min(1).max(64).optional(),
  from: dateSchema.optional().describe('Issued (or, for a draft, created) on or after this day'),
  to: dateSchema.optional(),
  minTotal: z.coerce.number().int().min(0).optional(),
  maxTotal: z.coerce.number().int().min(0).optional(),
  q: z.string().trim().max(100).optional().describe('Part of the number or the customer’s name'),
  cursor: cursorSchema.optional().describe('Where the page starts: the nextCursor of the page before, valid only for the same view and filters; left out for the first page'),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type InvoiceQuery = z.input<typeof invoiceQuerySchema>;

export const invoiceRowSchema = z.object({
  id: z.string(),
  kind: z.enum(['invoice', 'credit_note']),
  number: z.string().nullable(),
  customer: z.object({ id: z.string(), name: z.string() }),
  status: invoiceStatusSchema,
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  total: z.number(),
  due: z.number(),
  overdue: z.boolean(),
});
export type InvoiceRow = z.infer<typeof invoiceRowSchema>;
export const invoiceListSchema = z.object({
  items: z.array(invoiceRowSchema).describe('A page, read by keyset: drafts newest first, the rest soonest due first'),
  nextCursor: nextCursorSchema,
  currency: z.string(),
  totals: z.object({ count: z.number(), total: z.number(), due: z.number() }),
});
export type InvoiceList = z.infer<typeof invoiceListSchema>;

export const ledgerEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(['charge', 'refund', 'tip', 'prepayment', 'credit_applied', 'manual_payment', 'credit_note']),
  amount: z.number(),
  method: z.string().nullable(),
  reference: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export const refundStatusSchema = z.enum(['pending', 'succeeded', 'failed']);
export const refundSchema = z.object({
  id: z.string(),
  paymentId: z.string().describe('The card payment refunded'),
  amount: z.number(),
  status: refundStatusSchema.describe('pending: the gateway has not answered yet (it is asked again); failed: nothing was given back'),
  reason: z.string(),
  failureCode: z.string().nullable().describe('The gateway’s reason for a failed refund'),
  createdAt: z.string(),
});
export type Refund = z.infer<typeof refundSchema>;

/** A card payment's part of an invoice, with what has been and can still be refunded of it. */
export const cardPaymentSchema = z.object({
  id: z.string().describe('The payment (its attempt id)'),
  card: z.object({ brand: z.string(), last4: z.string() }),
  amount: z.number().describe('What the payment paid towards this invoice, tip aside'),
  tip: z.number().describe('The tip paid with it; never refunded here'),
  refunded: z.number().describe('Given back by refunds that went through'),
  refundable: z.number().describe('What a refund may still give back: the amount less refunds that went through or are being made'),
  createdAt: z.string(),
});
export type CardPayment = z.infer<typeof cardPaymentSchema>;

export const invoiceSchema = documentTotalsSchema.extend({
  id: z.string(),
  kind: z.enum(['invoice', 'credit_note']),
  number: z.string().nullable(),
  status: invoiceStatusSchema,
  customer: z.object({ id: z.string(), name: z.string() }),
  correctsInvoice: z.object({ id: z.string(), number: z.string().nullable() }).nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  tip: z.number(),
  notes: z.string().nullable(),
  voidReason: z.string().nullable(),
  lines: z.array(lineSchema),
  visits: z.array(z.object({ id: z.string(), name: z.string(), startsAt: z.string(), timeZone: z.string().describe('The location’s clock, on which the visit is shown') })),
  creditNotes: z.array(z.object({ id: z.string(), number: z.string().nullable(), total: z.number(), issueDate: z.string().nullable() })),
  ledger: z.array(ledgerEntrySchema),
  cardPayments: z.array(cardPaymentSchema),
  refunds: z.array(refundSchema),
  paid: z.number(),
  due: z.number(),
  overdue: z.boolean(),
  customerCredit: z.number(),
  createdAt: z.string(),
});
export type Invoice = z.infer<typeof invoiceSchema>;

export const refundResultSchema = z.object({ refund: refundSchema, invoice: invoiceSchema });
export type RefundResult = z.infer<typeof refundResultSchema>;

export const sendResultSchema = invoiceSchema.extend({ emailed: z.number().describe('Billing contacts emailed; 0 when the customer has none') });
export type SendResult = z.infer<typeof sendResultSchema>;

export const customerBillingSchema = z.object({
  currency: z.string(),
  openBalance: z.number(),
  credit: z.number(),
  defaultTip: z.number(),
  recent: z.array(invoiceRowSchema),
});
export type CustomerBilling = z.infer<typeof customerBillingSchema>;
