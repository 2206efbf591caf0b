import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may switch add-on modules. Each entry is the least role that may; the server
 * enforces it on every route that names it, and the web offers only what it allows. Which
 * add-ons are on is read by everyone who signs in, with who-is-signed-in.
 */
export const addonsPolicy = {
  /** See and switch the company's add-on modules, as its company details are. */
  manage: 'admin',
} as const satisfies Record<string, StaffRole>;
