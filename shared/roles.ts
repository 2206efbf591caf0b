/** Office roles, from most to least powerful. `no_access` keeps the person on file without letting them in. */
export const staffRoles = ['owner', 'admin', 'manager', 'supervisor', 'technician', 'no_access'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffRoleLabels: Record<StaffRole, string> = {
  owner: 'Owner',
  admin: 'Admin',
  manager: 'Manager',
  supervisor: 'Supervisor',
  technician: 'Technician',
  no_access: 'No access',
};

const rank: Record<StaffRole, number> = {
  owner: 50,
  admin: 40,
  manager: 30,
  supervisor: 20,
  technician: 10,
  no_access: 0,
};

/** True when `role` carries at least the powers of `minimum`. */
export function hasRoleAtLeast(role: StaffRole, minimum: StaffRole): boolean {
  return rank[role] >= rank[minimum];
}

/** Where a signed-in staff member lands: technicians work from the field app. */
export function homePathForRole(role: StaffRole): string {
  return hasRoleAtLeast(role, 'supervisor') ? '/office' : '/field';
}
