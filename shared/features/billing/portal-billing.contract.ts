import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { lineSchema } from './document-lines.contract.ts';
import { minorUnitsSchema } from '../../money-schema.ts';

/**
 * What a customer's billing contact sees in the portal: the balance, the invoices (never a draft),
 * each invoice with its lines, payments and visits, and the history of payments and credit.
 * Amounts are integer minor units of `currency`.
 */

export const portalBillingSummarySchema = z.object({
  currency: z.string(),
  openBalance: z.number().int().describe('What the sent and partly paid invoices still owe'),
  overdueAmount: z.number().int().describe('The part of the open balance past its due date'),
  overdueCount: z.number().int(),
  credit: z.number().int().describe('Prepaid credit not yet applied to an invoice'),
  allowPrepayments: z.boolean(),
});
export type PortalBillingSummary = z.infer<typeof portalBillingSummarySchema>;

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, errorKey('validation.invalid'));
const amountSchema = minorUnitsSchema({ coerce: true });

export const invoiceStatusFilters = ['open', 'paid', 'all'] as const;

export const portalInvoiceQuerySchema = z.object({
  q: z.string().trim().max(40, errorKey('validation.keepUnder')).optional().describe('Part of the invoice number'),
  from: dateSchema.optional().describe('Issued on or after this day'),
  to: dateSchema.optional().describe('Issued on or before this day'),
  minTotal: amountSchema.optional().describe('A total of at least this, in minor units'),
  maxTotal: amountSchema.optional().describe('A total of at most this, in minor units'),
  status: z.enum(invoiceStatusFilters).default('all').describe('open: still owed; paid: paid in full; all: every sent invoice, void ones included'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type PortalInvoiceQuery = z.input<typeof portalInvoiceQuerySchema>;

export const portalInvoiceStatuses = ['sent', 'partly_paid', 'paid', 'void'] as const;

export const portalInvoiceSchema = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(portalInvoiceStatuses),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  total: z.number().int(),
  paid: z.number().int().describe('Paid towards the total, tips aside'),
  due: z.number().int().describe('Total less what was paid; nothing for a void invoice'),
  tip: z.number().int().describe('Tips paid with it, kept apart from its balance'),
  overdue: z.boolean().describe('Still owed after its due date'),
});
export type PortalInvoice = z.infer<typeof portalInvoiceSchema>;

export const portalInvoiceListSchema = z.object({
  items: z.array(portalInvoiceSchema),
  total: z.number().int().describe('How many invoices match'),
  page: z.number().int(),
  pageSize: z.number().int(),
  currency: z.string(),
  totals: z.object({ total: z.number().int(), paid: z.number().int(), due: z.number().int() }).describe('Sums over every matching invoice, not only this page'),
});
export type PortalInvoiceList = z.infer<typeof portalInvoiceListSchema>;

export const ledgerKinds = ['charge', 'refund', 'tip', 'prepayment', 'credit_applied', 'manual_payment', 'credit_note'] as const;
export const paymentMethods = ['card', 'cash', 'cheque', 'bank_transfer', 'credit'] as const;

export const portalInvoiceDetailSchema = portalInvoiceSchema.extend({
  currency: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  subtotal: z.number().int(),
  discountTotal: z.number().int(),
  taxTotal: z.number().int(),
  notes: z.string().nullable(),
  lines: z.array(lineSchema),
  creditNotes: z.array(z.object({ id: z.string(), number: z.string(), issueDate: z.string().nullable(), total: z.number().int() })).describe('Credit notes that correct this invoice'),
  payments: z
    .array(z.object({ id: z.string(), kind: z.enum(ledgerKinds), amount: z.number().int(), method: z.enum(paymentMethods).nullable(), createdAt: z.string() }))
    .describe('The ledger entries towards this invoice, oldest first: what paid it and when, and tips'),
  visits: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      startsAt: z.string(),
      timeZone: z.string(),
      locationName: z.string(),
      canRate: z.boolean().describe('Completed in the last 45 days, not rated yet, at a location of theirs with feedback on'),
      rated: z.boolean(),
    }),
  ),
});
export type PortalInvoiceDetail = z.infer<typeof portalInvoiceDetailSchema>;

export const historyQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const historyEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(ledgerKinds).describe('A card payment of several invoices is one charge, its tips with it'),
  amount: z.number().int().describe('Towards invoices or credit, tips aside'),
  tip: z.number().int(),
  method: z.enum(paymentMethods).nullable(),
  invoices: z.array(z.object({ id: z.string(), number: z.string().nullable() })).describe('The invoices it settles'),
  creditAfter: z.number().int().describe('Credit held once it was made'),
  createdAt: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyListSchema = z.object({ items: z.array(historyEntrySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), currency: z.string() });
export type HistoryList = z.infer<typeof historyListSchema>;
