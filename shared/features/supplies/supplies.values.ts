// The supply orders' words of URLs and filters, without zod, so the web app's route tree can check them before any schema loads.
export const supplyOrderStatuses = ['submitted', 'approved', 'delivered', 'cancelled'] as const;
