// The invoices' and quotes' words of URLs and filters, without zod, so the web app's route tree can check them before any schema loads.
export const invoiceViews = ['unpaid', 'overdue', 'paid', 'draft', 'void', 'all'] as const;

/**
 * Stored: draft | sent | accepted | declined. `expired` is never stored: a sent quote reads as
 * expired once its validity date has passed on the company's clock, and can no longer be accepted.
 */
export const quoteStatuses = ['draft', 'sent', 'accepted', 'declined', 'expired'] as const;
export type QuoteStatus = (typeof quoteStatuses)[number];
