// The customers' words of URLs and filters, without zod, so the web app's route tree can check them before any schema loads.
export const customerTypes = ['commercial', 'residential'] as const;
export const customerStatuses = ['active', 'archived'] as const;
export const customerSorts = ['name', '-name', 'created', '-created'] as const;
