import type { z } from 'zod';
import type { JournalEntry, journalEntryInputSchema, JournalList, journalQuerySchema } from '../../../shared/features/journal/journal.contract.ts';
import { canDeleteJournalEntry } from '../../../shared/features/journal/journal.policy.ts';
import type { AppContext } from '../../context.ts';
import { searchWords } from '../../db/like.ts';
import type { StaffActor } from '../../http/auth.ts';
import { forbidden, message, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import * as repo from './journal.repository.ts';

type EntryInput = z.output<typeof journalEntryInputSchema>;
type ListQuery = z.output<typeof journalQuerySchema>;

function toEntry(row: repo.EntryRow): JournalEntry {
  return {
    id: row.id,
    customerId: row.customer_id,
    date: row.entry_date,
    category: row.category,
    text: row.text,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
  };
}

/** A customer's journal, newest first; another company's customer is not found. */
export async function listJournal(ctx: AppContext, actor: StaffActor, customerId: string, query: ListQuery): Promise<JournalList> {
  if (!(await repo.findCustomer(ctx.db, actor.tenantId, customerId))) throw notFound('customer');
  const { rows, total } = await repo.listEntries(ctx.db, actor.tenantId, customerId, searchWords(query.q), query);
  return { items: rows.map(toEntry), total, page: query.page, pageSize: query.pageSize };
}

export async function writeEntry(ctx: AppContext, actor: StaffActor, customerId: string, input: EntryInput): Promise<JournalEntry> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findCustomer(trx, actor.tenantId, customerId))) throw notFound('customer');
    const id = newId();
    await repo.insertEntry(trx, actor.tenantId, { id, customer_id: customerId, author_id: actor.userId, entry_date: input.date, category: input.category, text: input.text, created_at: isoNow(ctx.now()) });
    return toEntry((await repo.findEntry(trx, actor.tenantId, id))!);
  });
}

/** Supervisors and managers delete only what they wrote (the policy says who deletes any). */
export async function deleteEntry(ctx: AppContext, actor: StaffActor, entryId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findEntry(trx, actor.tenantId, entryId);
    if (!row) throw notFound('journalEntry');
    if (!canDeleteJournalEntry({ id: actor.userId, role: actor.role }, { authorId: row.author_id })) throw forbidden(message('journal.notYours'));
    await repo.deleteEntry(trx, actor.tenantId, entryId);
  });
}
