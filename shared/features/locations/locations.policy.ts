import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with customers' locations. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const locationsPolicy = {
  /** See locations. */
  read: 'supervisor',
  /** Add and change locations, their portal switches and staff assignments. */
  manage: 'manager',
  /** Open the portal as one of the location’s customers, read-only. */
  viewAs: 'manager',
} as const satisfies Record<string, StaffRole>;
