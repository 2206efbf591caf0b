import type { z } from 'zod';
import type { OutboxEmail, OutboxList, outboxListQuerySchema } from '../../../shared/features/outbox/outbox.contract.ts';
import type { AppContext } from '../../context.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { isoNow } from '../../lib/time.ts';
import { viewableBody } from '../../platform/mail/outbox.ts';
import * as repo from './outbox.repository.ts';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findOutboxEmail>>>;

function toOutboxEmail(row: Row): OutboxEmail {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: viewableBody(row.text_body),
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    // SQLite answers a comparison with 0 or 1.
    failing: Boolean(row.failing),
    nextAttemptAt: row.status === 'queued' ? row.next_attempt_at : null,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

export async function listOutboxEmails(ctx: AppContext, actor: StaffActor, query: z.output<typeof outboxListQuerySchema>): Promise<OutboxList> {
  const { page, pageSize } = query;
  const [{ items, total }, failingCount] = await Promise.all([
    repo.listOutbox(ctx.db, actor.tenantId, { page, pageSize, failingOnly: query.filter === 'failing' }),
    repo.countFailing(ctx.db, actor.tenantId),
  ]);
  return { items: items.map(toOutboxEmail), total, page, pageSize, smtpConfigured: ctx.smtpConfigured, failingCount };
}

/** Sends a failing (or held) email at the next chance instead of after its backoff. */
export async function retryOutboxEmail(ctx: AppContext, actor: StaffActor, id: string): Promise<OutboxEmail> {
  const email = await repo.findOutboxEmail(ctx.db, actor.tenantId, id);
  if (!email) throw notFound('email');
  if (email.status === 'sent') throw new AppError('conflict', message('outbox.alreadySent'));
  if (!ctx.smtpConfigured) throw new AppError('conflict', message('outbox.noSmtp'));
  await repo.requeueOutboxEmail(ctx.db, actor.tenantId, id, isoNow());
  ctx.wakeMailWorker();
  return toOutboxEmail((await repo.findOutboxEmail(ctx.db, actor.tenantId, id))!);
}
