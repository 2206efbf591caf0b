// SQLite's extended result codes for a duplicate unique-index key and a duplicate primary key.
const sqliteUniqueCodes = new Set([2067, 1555]);
// PostgreSQL's SQLSTATE unique_violation.
const postgresUniqueCode = '23505';

/**
 * True when the database refused a row because its key is already taken, on either database.
 * Checks done before an insert cannot see a row another request is inserting at the same
 * moment; the unique index is what finally decides, and this recognises its answer.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errcode } = error as { code?: unknown; errcode?: unknown };
  if (code === postgresUniqueCode) return true;
  return code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number' && sqliteUniqueCodes.has(errcode);
}

/** Runs `work`; a unique violation becomes the error `conflict` makes (a 409 naming the field), anything else is rethrown. */
export async function translateUniqueViolation<T>(work: () => Promise<T>, conflict: () => Error): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
