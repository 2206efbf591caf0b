export const serviceKeys = {
  services: ['office', 'services'] as const,
  requestCategories: ['office', 'request-categories'] as const,
};
