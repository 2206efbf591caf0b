export const notificationKeys = {
  list: ['office', 'notifications'] as const,
};
