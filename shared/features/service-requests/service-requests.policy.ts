import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with service requests in the office inbox. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const serviceRequestsPolicy = {
  /** Read requests, reply, add internal notes and change status. */
  handle: 'supervisor',
  /** Choose who a request is assigned to. */
  assign: 'manager',
} as const satisfies Record<string, StaffRole>;
