export const resourceKeys = {
  customer: (customerId: string) => ['office', 'resources', customerId] as const,
  portal: (slug: string, locationId: string) => ['portal', slug, 'resources', locationId] as const,
};
