export const serviceKeys = {
  services: ['office', 'services'] as const,
  ticketCategories: ['office', 'ticket-categories'] as const,
};
