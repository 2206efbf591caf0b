import type { Executor } from '../../db/database.ts';
import { containsText } from '../../db/like.ts';
import type { JournalEntriesTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export function findCustomer(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('customers').select(['id', 'name']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** Entries with their author's name; the author may have been removed since. */
function withAuthors(db: Executor, tenantId: TenantId) {
  return db
    .selectFrom('journal_entries as j')
    .leftJoin('staff_users as s', (join) => join.onRef('s.id', '=', 'j.author_id').onRef('s.tenant_id', '=', 'j.tenant_id'))
    .select(['j.id', 'j.customer_id', 'j.entry_date', 'j.category', 'j.text', 'j.author_id', 's.name as author_name', 'j.created_at'])
    .where('j.tenant_id', '=', tenantId);
}

export type EntryRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

export function findEntry(db: Executor, tenantId: TenantId, id: string) {
  return withAuthors(db, tenantId).where('j.id', '=', id).executeTakeFirst();
}

/** A customer's entries holding every word of the search, newest first, a page at a time, with how many there are in all. */
export async function listEntries(db: Executor, tenantId: TenantId, customerId: string, words: string[], page: { page: number; pageSize: number }) {
  let items = withAuthors(db, tenantId).where('j.customer_id', '=', customerId);
  let count = db.selectFrom('journal_entries as j').select((eb) => eb.fn.countAll<number>().as('n')).where('j.tenant_id', '=', tenantId).where('j.customer_id', '=', customerId);
  for (const word of words) {
    items = items.where(containsText('j.text', word));
    count = count.where(containsText('j.text', word));
  }
  const [rows, total] = await Promise.all([
    items.orderBy('j.entry_date', 'desc').orderBy('j.created_at', 'desc').orderBy('j.id', 'desc').limit(page.pageSize).offset((page.page - 1) * page.pageSize).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function insertEntry(db: Executor, tenantId: TenantId, entry: Omit<JournalEntriesTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('journal_entries').values({ ...entry, tenant_id: tenantId }).execute();
}

export async function deleteEntry(db: Executor, tenantId: TenantId, id: string): Promise<void> {
  await db.deleteFrom('journal_entries').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}
