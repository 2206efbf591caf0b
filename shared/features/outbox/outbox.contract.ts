import { z } from 'zod';
import { outboxFilters, type OutboxFilter } from './outbox.values.ts';

export const outboxStatuses = ['held', 'queued', 'sent', 'failed'] as const;

export const outboxEmailSchema = z.object({
  id: z.string(),
  to: z.string().describe('Recipient address'),
  subject: z.string(),
  text: z.string().describe('Plain-text body; a reset, invitation or email-change link shows as "[link hidden: only the addressee can use it]"'),
  status: z
    .enum(outboxStatuses)
    .describe('held: kept here because no SMTP server is configured; queued: waiting for delivery (retried until it goes); sent; failed: given up on by an earlier version of Porter'),
  attempts: z.number().int().describe('Delivery attempts so far'),
  lastError: z.string().nullable().describe('Why the last attempt failed; null once sent'),
  failing: z.boolean().describe('Delivery has failed and the email is not sent yet: it is retried, or can be retried by hand'),
  nextAttemptAt: z.string().nullable().describe('ISO 8601, UTC: when the worker tries again; null unless queued'),
  createdAt: z.string().describe('ISO 8601, UTC'),
  sentAt: z.string().nullable(),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;

export { outboxFilters, type OutboxFilter };

export const outboxListQuerySchema = z.object({
  filter: z.enum(outboxFilters).optional().describe('failing: only emails whose delivery has failed and that are not sent yet'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const outboxListSchema = z.object({
  items: z.array(outboxEmailSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  smtpConfigured: z.boolean().describe('False when mail is only kept here'),
  failingCount: z.number().int().describe('How many of the company’s emails are failing, whatever the filter'),
});
export type OutboxList = z.infer<typeof outboxListSchema>;

export const outboxEmailParamsSchema = z.object({ id: z.string().min(1).max(64) });
