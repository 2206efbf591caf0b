/**
 * True when a write failed on a unique index. Two requests can both check that a value is free
 * and then both insert it; the index refuses the second, and the caller answers 409, not 500.
 */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, errcode } = err as { code?: unknown; errcode?: unknown };
  // PostgreSQL: unique_violation. SQLite: SQLITE_CONSTRAINT_UNIQUE (or PRIMARY KEY).
  return code === '23505' || errcode === 2067 || errcode === 1555;
}
