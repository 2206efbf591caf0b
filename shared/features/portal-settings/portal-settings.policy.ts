import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with the customer portal's company-wide switch, branding and options. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const portalSettingsPolicy = {
  /** See and change the portal settings and logo. */
  manage: 'admin',
} as const satisfies Record<string, StaffRole>;
