import type { StaffRole } from '../../roles.ts';

/**
 * Who may do what in field work. Each entry is the least role that may; the server enforces it on
 * every route that names it, and the web offers only what it allows.
 */
export const fieldPolicy = {
  /** Use the field app: one's own visits, clock in and out, On my way. Supervisors and up use it too. */
  work: 'technician',
  /** See the timesheets of a visit in the office. */
  readTimesheets: 'supervisor',
  /** Correct a clocked time, with a reason the audit log keeps. */
  correctTimesheets: 'manager',
  /** Choose the company's field-work settings: whether customers are emailed the proof of service. */
  configure: 'admin',
} as const satisfies Record<string, StaffRole>;
