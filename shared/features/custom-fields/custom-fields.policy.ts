import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with custom fields. Each entry is the least role that may; the
 * server enforces it on every route that names it, and the web offers only what it allows. The
 * values follow the customer book's own roles: those who see a customer read its fields, those who
 * change a customer change them.
 */
export const customFieldsPolicy = {
  /** See the fields and the values of customers and locations. */
  read: 'supervisor',
  /** Change a customer's or location's values. */
  writeValues: 'manager',
  /** Add, change, order, archive and delete fields; switch portal-change tickets. */
  manage: 'admin',
} as const satisfies Record<string, StaffRole>;
