// The outbox's words of URLs and filters, without zod, so the web app's route tree can check them before any schema loads.
export const outboxFilters = ['failing'] as const;
export type OutboxFilter = (typeof outboxFilters)[number];
