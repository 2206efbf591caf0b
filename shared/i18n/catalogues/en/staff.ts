/** The office's staff list, invitations and mobile details; role names wherever the office shows them. */
export const staff = {
  /** Office roles, keyed by the role's id in `shared/roles.ts`. */
  roles: {
    owner: 'Owner',
    admin: 'Admin',
    manager: 'Manager',
    supervisor: 'Supervisor',
    technician: 'Technician',
    no_access: 'No access',
  },
};
