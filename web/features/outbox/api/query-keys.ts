export const outboxKeys = {
  all: ['office', 'outbox'] as const,
};
