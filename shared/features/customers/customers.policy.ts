import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with the customer book. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const customersPolicy = {
  /** See and search customers. */
  read: 'supervisor',
  /** Add, change, archive and restore customers. */
  manage: 'manager',
} as const satisfies Record<string, StaffRole>;
