import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with the company's own details. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const companyPolicy = {
  /** See and change the company's name, time zone, default language and address. */
  manage: 'admin',
} as const satisfies Record<string, StaffRole>;
