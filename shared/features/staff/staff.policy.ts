import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with the company’s staff. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const staffPolicy = {
  /** See the staff list. */
  read: 'manager',
  /** Change staff roles and profiles. */
  manage: 'admin',
} as const satisfies Record<string, StaffRole>;
