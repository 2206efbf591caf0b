import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with office uploads and downloads of request photos and files. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const attachmentsPolicy = {
  /** Upload a file, and open one, in the office. */
  use: 'supervisor',
} as const satisfies Record<string, StaffRole>;
