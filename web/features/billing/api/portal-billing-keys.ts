import type { PortalInvoiceQuery } from '../../../../shared/features/billing/portal-billing.contract.ts';

/** Every billing query of a portal starts with `['portal', slug, 'billing']`: a payment or an invoice changing makes them all stale. */
export const portalBillingKeys = {
  all: (slug: string) => ['portal', slug, 'billing'] as const,
  summary: (slug: string, locationId: string) => ['portal', slug, 'billing', locationId, 'summary'] as const,
  invoices: (slug: string, locationId: string, query: PortalInvoiceQuery) => ['portal', slug, 'billing', locationId, 'invoices', query] as const,
  invoice: (slug: string, locationId: string, invoiceId: string) => ['portal', slug, 'billing', locationId, 'invoice', invoiceId] as const,
  history: (slug: string, locationId: string, page: number) => ['portal', slug, 'billing', locationId, 'history', page] as const,
};
