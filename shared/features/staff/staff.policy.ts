import { hasRoleAtLeast, type StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with the company’s staff. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const staffPolicy = {
  /** See the staff list. */
  read: 'manager',
  /** Add, invite, change, deactivate and reactivate staff. */
  manage: 'admin',
  /** Add, replace or remove one's own photo: everyone who signs in, technicians in the field app included. */
  ownPhoto: 'technician',
} as const satisfies Record<string, StaffRole>;

/**
 * Who may manage whom. Only an owner touches an owner or grants ownership, so an admin can
 * never take a company away from its owners.
 */
export type StaffViewer = { id: string; role: StaffRole };

export function canManageStaff(viewer: StaffViewer): boolean {
  return hasRoleAtLeast(viewer.role, staffPolicy.manage);
}

/** Profile, email, password link, invitation: anyone the viewer manages, owners only by owners. */
export function canChangeStaffMember(viewer: StaffViewer, target: { role: StaffRole }): boolean {
  return canManageStaff(viewer) && (target.role !== 'owner' || viewer.role === 'owner');
}

export function canGrantRole(viewer: StaffViewer, role: StaffRole): boolean {
  return canManageStaff(viewer) && (role !== 'owner' || viewer.role === 'owner');
}

/** Role and deactivation: never one's own (the web offers a profile page for oneself). */
export function canChangeAccess(viewer: StaffViewer, target: { id: string; role: StaffRole }): boolean {
  return target.id !== viewer.id && canChangeStaffMember(viewer, target);
}
