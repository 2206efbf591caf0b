import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with a staff member's own unread notices. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const notificationsPolicy = {
  /** See and clear one’s own notices. */
  read: 'technician',
} as const satisfies Record<string, StaffRole>;
