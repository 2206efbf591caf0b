import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with a customer's portal users. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const portalUsersPolicy = {
  /** See who has portal access. */
  read: 'supervisor',
  /** Add, change, invite, lock and remove portal users. */
  manage: 'manager',
} as const satisfies Record<string, StaffRole>;
