import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with a location's files. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 * The customer sees a file only once it is shared, and only where the location's File storage
 * switch is on.
 */
export const filesPolicy = {
  /** See and download a location's files. Supervisors brief the crews with floor plans and photos. */
  read: 'supervisor',
  /** Upload, share or unshare, and delete a location's files (and read the upload size limit). */
  manage: 'manager',
  /** Set the company's upload size limit: it decides how much the file store holds. */
  configure: 'admin',
} as const satisfies Record<string, StaffRole>;
