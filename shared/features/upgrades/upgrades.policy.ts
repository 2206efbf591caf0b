import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with the upgrade (add-on) catalogue. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows. Accepting or
 * declining an upgrade a customer added changes their visit: that is `visitsPolicy.manage`.
 */
export const upgradesPolicy = {
  /** See the catalogue and the upgrades customers asked for. */
  read: 'supervisor',
  /** Add, change and deactivate upgrades. */
  manage: 'admin',
} as const satisfies Record<string, StaffRole>;
