import type { StaffRole } from '../../roles.ts';

/** Who in the office may follow the company's live updates. */
export const eventsPolicy = {
  /** Every signed-in staff member: the field app follows its visits as the schedule does. */
  follow: 'technician',
} as const satisfies Record<string, StaffRole>;
