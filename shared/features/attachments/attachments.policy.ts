import type { StaffRole } from '../../roles.ts';
import type { PortalFeature } from '../locations/locations.contract.ts';
import type { PortalUploadPurpose } from './attachments.contract.ts';

/**
 * Who in the office may do what with office uploads and downloads of request photos and files. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const attachmentsPolicy = {
  /** Upload a file, and open one, in the office. */
  use: 'supervisor',
} as const satisfies Record<string, StaffRole>;

/**
 * Where a portal user may upload, by what the upload is for: the location's portal feature that
 * must be on. The company must allow it too: requests through the portal, or customers' inspections.
 */
export const portalUploadFeature = {
  request: 'serviceRequests',
  inspection: 'qualityChecks',
} as const satisfies Record<PortalUploadPurpose, PortalFeature>;
