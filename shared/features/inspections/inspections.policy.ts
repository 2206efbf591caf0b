import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with quality checks. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const inspectionsPolicy = {
  /** Inspect a location, in the office or the field app: supervisors and managers (and above). */
  inspect: 'supervisor',
  /** Read inspections and each location's score trend. */
  read: 'supervisor',
  /** Choose the rating scale and whether customers may inspect their visits. */
  configure: 'admin',
} as const satisfies Record<string, StaffRole>;
