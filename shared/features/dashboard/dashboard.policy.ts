import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with the office dashboard. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const dashboardPolicy = {
  /** See the headline figures. */
  read: 'supervisor',
} as const satisfies Record<string, StaffRole>;
