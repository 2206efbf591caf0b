import { hasRoleAtLeast, type StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with a customer's journal, which the customer never sees. Each
 * entry is the least role that may; the server enforces it on every route that names it, and the
 * web offers only what it allows. Managers rank above supervisors, so they read and write too;
 * like supervisors they delete only their own entries, so the record of a complaint stays unless
 * its writer or an admin takes it back.
 */
export const journalPolicy = {
  /** Read a customer's journal and write new entries in it. */
  write: 'supervisor',
  /** Delete any entry, whoever wrote it; below this, only one's own. */
  deleteAny: 'admin',
} as const satisfies Record<string, StaffRole>;

export type JournalViewer = { id: string; role: StaffRole };

/** Supervisors and managers delete only the entries they wrote; admins and owners delete any. */
export function canDeleteJournalEntry(viewer: JournalViewer, entry: { authorId: string | null }): boolean {
  if (!hasRoleAtLeast(viewer.role, journalPolicy.write)) return false;
  return hasRoleAtLeast(viewer.role, journalPolicy.deleteAny) || entry.authorId === viewer.id;
}
