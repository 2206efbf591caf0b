import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with the supplies catalogue and customers’ orders. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const suppliesPolicy = {
  /** See products, allowed lists and orders. */
  read: 'supervisor',
  /** Change products, allowed lists and order status. */
  manage: 'manager',
} as const satisfies Record<string, StaffRole>;
