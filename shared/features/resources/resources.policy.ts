import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with a customer's resources (files and links). Each entry is the
 * least role that may; the server enforces it on every route that names it, and the web offers
 * only what it allows. Internal resources never reach a portal response; shared ones show on the
 * portal's Files page of the customer's locations.
 */
export const resourcesPolicy = {
  /** See a customer's resources, internal ones too. */
  read: 'supervisor',
  /** Add, change and delete them, and choose who sees each. */
  manage: 'manager',
} as const satisfies Record<string, StaffRole>;
