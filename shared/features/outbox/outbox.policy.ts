import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with the record of every email Porter sent or holds. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const outboxPolicy = {
  /** See what was sent, to whom, and whether it arrived. */
  read: 'admin',
} as const satisfies Record<string, StaffRole>;
