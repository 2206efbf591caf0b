import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with the service catalogue and request categories. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const servicesPolicy = {
  /** See services and categories. */
  read: 'supervisor',
  /** Add and change services and categories. */
  manage: 'manager',
} as const satisfies Record<string, StaffRole>;
