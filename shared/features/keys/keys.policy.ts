import type { StaffRole } from '../../roles.ts';

/**
 * Who may do what with customers' keys and access codes. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const keysPolicy = {
  /** See a customer's keys, who holds each, the log, and reveal an access code. */
  read: 'supervisor',
  /**
   * Add, change and remove keys, and record who takes or returns one. Supervisors run the crews
   * that carry the keys, so they hand them out too (as in CleanManager, where key rings are the
   * supervisor's daily work).
   */
  manage: 'supervisor',
  /**
   * In the field app, the keys of a visit's location. The role only opens the route: the keys are
   * shown to the people on that visit's team and to nobody else, whatever their role.
   */
  fieldRead: 'technician',
} as const satisfies Record<string, StaffRole>;
