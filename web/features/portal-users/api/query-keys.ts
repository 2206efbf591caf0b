export const portalUserKeys = {
  all: ['office', 'portal-users'] as const,
  list: (customerId: string) => ['office', 'portal-users', customerId] as const,
};
