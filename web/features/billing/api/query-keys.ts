export const billingKeys = {
  all: ['office', 'billing'] as const,
  invoices: (params: object) => ['office', 'billing', 'invoices', params] as const,
  invoice: (id: string) => ['office', 'billing', 'invoice', id] as const,
  taxRates: ['office', 'billing', 'tax-rates'] as const,
  settings: ['office', 'billing', 'settings'] as const,
  customer: (customerId: string) => ['office', 'billing', 'customer', customerId] as const,
  customerOptions: (q: string) => ['office', 'billing', 'customer-options', q] as const,
};
