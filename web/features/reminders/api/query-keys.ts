export const reminderKeys = {
  customer: (customerId: string) => ['office', 'customers', customerId, 'reminders'] as const,
  settings: ['office', 'reminder-settings'] as const,
  portalCustomer: (slug: string, customerId: string) => ['portal', slug, 'customers', customerId, 'reminders'] as const,
};
