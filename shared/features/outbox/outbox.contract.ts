import { z } from 'zod';

export const outboxStatuses = ['held', 'queued', 'sent', 'failed'] as const;

export const outboxEmailSchema = z.object({
  id: z.string(),
  to: z.string().describe('Recipient address'),
  subject: z.string(),
  text: z.string().describe('Plain-text body; a reset, invitation or email-change link shows as "[link hidden: only the addressee can use it]"'),
  status: z
    .enum(outboxStatuses)
    .describe('held: kept here because no SMTP server is configured; queued: waiting for delivery; sent; failed: gave up after retries'),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string().describe('ISO 8601, UTC'),
  sentAt: z.string().nullable(),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;

export const outboxListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const outboxListSchema = z.object({
  items: z.array(outboxEmailSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  smtpConfigured: z.boolean().describe('False when mail is only kept here'),
});
export type OutboxList = z.infer<typeof outboxListSchema>;
