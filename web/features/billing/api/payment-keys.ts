/** Query keys of paying: under the portal's, so anything that refreshes the portal refreshes these. */
export const paymentKeys = {
  payPage: (slug: string, locationId: string) => ['portal', slug, 'billing', locationId, 'pay'] as const,
  payment: (slug: string, locationId: string, paymentId: string) => ['portal', slug, 'billing', locationId, 'payments', paymentId] as const,
  office: ['office', 'billing', 'invoices-to-charge'] as const,
};
