import type { Executor } from '../../db/database.ts';
import { isFailing } from '../../platform/mail/outbox.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

// What the office may read of an email. Never secret_link: that belongs to the addressee alone.
const viewerColumns = ['id', 'to_address', 'subject', 'text_body', 'status', 'attempts', 'last_error', 'next_attempt_at', 'created_at', 'sent_at'] as const;


export async function listOutbox(db: Executor, tenantId: TenantId, options: { page: number; pageSize: number; failingOnly: boolean }) {
  let base = db.selectFrom('outbox_emails').where('tenant_id', '=', tenantId);
  if (options.failingOnly) base = base.where(isFailing);
  const [items, count] = await Promise.all([
    base
      .select(viewerColumns)
      .select((eb) => isFailing(eb).as('failing'))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function countFailing(db: Executor, tenantId: TenantId): Promise<number> {
  const row = await db
    .selectFrom('outbox_emails')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where(isFailing)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findOutboxEmail(db: Executor, tenantId: TenantId, id: string) {
  return db
    .selectFrom('outbox_emails')
    .select(viewerColumns)
    .select((eb) => isFailing(eb).as('failing'))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Due now. A lease a worker holds is left alone, so an email being sent is never sent twice. */
export async function requeueOutboxEmail(db: Executor, tenantId: TenantId, id: string, now: string): Promise<void> {
  await db
    .updateTable('outbox_emails')
    .set({ status: 'queued', next_attempt_at: now })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '!=', 'sent')
    .execute();
}
