import { hasRoleAtLeast, type StaffRole } from '../../roles.ts';

/**
 * Who may manage whom, shared by the server (which enforces it) and the web (which offers only
 * what is allowed). Owners and admins manage staff; only an owner touches an owner or grants
 * ownership, so an admin can never take a company away from its owners.
 */
export type StaffViewer = { id: string; role: StaffRole };

export function canManageStaff(viewer: StaffViewer): boolean {
  return hasRoleAtLeast(viewer.role, 'admin');
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
