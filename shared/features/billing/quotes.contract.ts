import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { cursorPageQuerySchema, nextCursorSchema } from '../../paging.ts';
import { frequencySchema } from '../visits/frequency.ts';
import { localDateSchema, localTimeSchema, maxDurationMinutes } from '../visits/visits.contract.ts';
import { documentTotalsSchema, lineSchema, linesInputSchema } from './document-lines.contract.ts';
import { quoteStatuses, type QuoteStatus } from './billing.values.ts';

/** The longest agreement terms a quote may carry. */
export const maxTermsLength = 5_000;
export const maxSignatureLength = 100;
export const maxDeclineReasonLength = 500;

export { quoteStatuses, type QuoteStatus };

const quoteFields = {
  locationId: z.string().min(1, errorKey('validation.chooseLocation')).max(64).describe('One of the customer’s locations: where the work would be done'),
  title: z.string().trim().min(1, errorKey('validation.required')).max(200, errorKey('validation.tooLong')),
  terms: z.string().trim().min(1, errorKey('validation.required')).max(maxTermsLength, errorKey('validation.tooLong')).describe('The agreement terms the customer accepts'),
  validUntil: localDateSchema.describe('The last day it can be accepted, on the company’s clock: today or later'),
  lines: linesInputSchema,
};

export const quoteInputSchema = z.object({ customerId: z.string().min(1, errorKey('validation.chooseCustomer')).max(64), ...quoteFields });
export type QuoteInput = z.input<typeof quoteInputSchema>;
/** A draft's changes: everything but its customer. */
export const quoteUpdateSchema = z.object(quoteFields);
export type QuoteUpdate = z.input<typeof quoteUpdateSchema>;

export const quoteListQuerySchema = z.object({
  status: z.enum(quoteStatuses).optional(),
  customerId: z.string().min(1).max(64).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type QuoteListQuery = z.input<typeof quoteListQuerySchema>;

export const quoteAcceptanceSchema = z.object({
  name: z.string().describe('The name typed as a signature'),
  at: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export const quoteSummarySchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  status: z.enum(quoteStatuses),
  title: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  locationId: z.string(),
  locationName: z.string(),
  validUntil: z.string(),
  currency: z.string(),
  total: z.number(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type QuoteSummary = z.infer<typeof quoteSummarySchema>;
export const quoteListSchema = z.object({ items: z.array(quoteSummarySchema), total: z.number(), page: z.number(), pageSize: z.number() });
export type QuoteList = z.infer<typeof quoteListSchema>;

export const quoteSchema = quoteSummarySchema.extend({
  ...documentTotalsSchema.shape,
  terms: z.string(),
  timeZone: z.string().describe('The location’s clock, on which times are shown'),
  lines: z.array(lineSchema),
  acceptance: quoteAcceptanceSchema.nullable(),
  declinedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  accountServiceId: z.string().nullable().describe('The scheduled service it became'),
  firstInvoiceId: z.string().nullable().describe('The draft invoice made with that service'),
});
export type Quote = z.infer<typeof quoteSchema>;

/** A quote as its customer sees it: no drafts, and the acceptance without the address it came from. */
export const portalQuoteSchema = quoteSchema.omit({ acceptance: true, accountServiceId: true, firstInvoiceId: true }).extend({
  acceptance: quoteAcceptanceSchema.pick({ name: true, at: true }).nullable(),
  company: z.string(),
});
export type PortalQuote = z.infer<typeof portalQuoteSchema>;
/** A billing contact's quotes grow with every one the office sends, so they are read a page at a time. */
export const portalQuotesPerPage = 25;
export const portalQuoteListQuerySchema = cursorPageQuerySchema(portalQuotesPerPage);
export type PortalQuoteListQuery = z.output<typeof portalQuoteListQuerySchema>;
export const portalQuoteListSchema = z.object({ items: z.array(quoteSummarySchema).describe('A page, newest first'), nextCursor: nextCursorSchema });
export type PortalQuoteList = z.infer<typeof portalQuoteListSchema>;

/** Sent quotes still open to accept: the portal home's first call to action. */
export const pendingQuotesSchema = z.object({ items: z.array(z.object({ id: z.string(), title: z.string(), number: z.string().nullable(), validUntil: z.string(), locationId: z.string() })) });
export type PendingQuotes = z.infer<typeof pendingQuotesSchema>;

export const acceptQuoteSchema = z.object({
  name: z.string().trim().min(1, errorKey('validation.enterYourName')).max(maxSignatureLength, errorKey('validation.tooLong')).describe('Typed as a signature'),
  agree: z.literal(true, { error: errorKey('validation.mustAgree') }).describe('The customer ticked “I agree to these terms”'),
});
export type AcceptQuoteInput = z.input<typeof acceptQuoteSchema>;

export const declineQuoteSchema = z.object({
  reason: z.string().trim().min(1, errorKey('validation.required')).max(maxDeclineReasonLength, errorKey('validation.tooLong')),
});
export type DeclineQuoteInput = z.input<typeof declineQuoteSchema>;

/** Turning an accepted quote into a scheduled service at its location, priced at the quote's total before tax. */
export const scheduleQuoteSchema = z.object({
  frequency: frequencySchema,
  startDate: localDateSchema.describe('The first visit’s day on the location’s clock'),
  startTime: localTimeSchema,
  durationMinutes: z
    .number({ error: errorKey('validation.number') })
    .int(errorKey('validation.wholeNumber'))
    .min(15, errorKey('validation.atLeast'))
    .max(maxDurationMinutes, errorKey('validation.atMost')),
});
export type ScheduleQuoteInput = z.input<typeof scheduleQuoteSchema>;
export const scheduledQuoteSchema = z.object({ quote: quoteSchema, accountServiceId: z.string(), firstInvoiceId: z.string() });

/** Whether a sent quote has passed its last valid day (`today` on the company's clock). */
export function isExpired(quote: { status: string; validUntil: string }, today: string): boolean {
  return quote.status === 'sent' && quote.validUntil < today;
}

/** The status people see: a sent quote past its last day reads as expired. */
export function displayStatus(stored: 'draft' | 'sent' | 'accepted' | 'declined', validUntil: string, today: string): QuoteStatus {
  return isExpired({ status: stored, validUntil }, today) ? 'expired' : stored;
}
