import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with customers' services and their visits. Each entry is the least
 * role that may; the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const visitsPolicy = {
  /** See services, the waiting list, the schedule and visits. */
  read: 'supervisor',
  /** Add and change services, schedule them, and move, reassign, skip or cancel visits. */
  manage: 'manager',
  /** Subscribe to one's own visits in a calendar app (a secret feed link from the profile). */
  ownCalendar: 'technician',
  /** Change the upgrade catalogue and the company's scheduling settings. */
  configure: 'admin',
} as const satisfies Record<string, StaffRole>;
