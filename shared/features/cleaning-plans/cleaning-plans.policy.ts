import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with the cleaning plans of customers' locations. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const cleaningPlansPolicy = {
  /** See a location's plan: its areas and their tasks. */
  read: 'supervisor',
  /** Add, change, reorder and remove areas and tasks; copy a plan from another location. */
  manage: 'manager',
} as const satisfies Record<string, StaffRole>;
