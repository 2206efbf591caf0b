import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export async function listOutbox(db: Executor, tenantId: TenantId, page: number, pageSize: number) {
  const base = db.selectFrom('outbox_emails').where('organization_id', '=', tenantId);
  const [items, count] = await Promise.all([
    base
      // Never secret_link: that belongs to the addressee alone.
      .select(['id', 'to_address', 'subject', 'text_body', 'status', 'attempts', 'last_error', 'created_at', 'sent_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
