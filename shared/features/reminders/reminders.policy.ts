import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with visit reminders. Each entry is the least role that may; the server
 * enforces it on every route that names it, and the web offers only what it allows.
 */
export const remindersPolicy = {
  /** See which of a customer's contacts are reminded. */
  read: 'supervisor',
  /** Turn a customer's reminders on or off (as the customer form changes its contacts). */
  manage: 'manager',
  /** Choose the hour reminders go out, company-wide. */
  configure: 'admin',
} as const satisfies Record<string, StaffRole>;
