import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with customers' feedback, seen from the office. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const feedbackPolicy = {
  /** Read feedback and its monthly trend. */
  read: 'supervisor',
} as const satisfies Record<string, StaffRole>;
