import { hasRoleAtLeast, type StaffRole } from '../../roles.ts';

/**
 * Who in the office takes part in a location's chat (JM Connect). Customers' messages are never
 * for technicians or no-access staff (SPEC: employees do not see customer messages), so every chat
 * route is open from `takePart` up, and below it a conversation answers as if it did not exist.
 *
 * - Supervisors and managers take part where they are both assigned and trained.
 * - Admins and owners see every conversation: they are who a location with no such person
 *   reaches, and they supervise the rest.
 *
 * Anyone who may read a conversation may answer it and remove a customer's message from it.
 */
export const chatPolicy = {
  /**
   * Who the office's chat routes let in: every signed-in staff member, so that a role below
   * `takePart` is answered 404 like a conversation that is not theirs, never told it exists.
   */
  reach: 'technician',
  /** The least role that ever sees a customer's message. */
  takePart: 'supervisor',
  /** From here up, every location's conversation. */
  seeAll: 'admin',
} as const satisfies Record<string, StaffRole>;

export type ChatViewer = { role: StaffRole };

/** Whether the viewer may ever open the office's Chat: the web hides it below this. */
export function mayUseChat(viewer: ChatViewer): boolean {
  return hasRoleAtLeast(viewer.role, chatPolicy.takePart);
}

/** A location's conversation: every one for admins and owners, where they look after it for supervisors and managers. */
export function canTakePartInChat(viewer: ChatViewer, location: { assignedAndTrained: boolean }): boolean {
  if (!mayUseChat(viewer)) return false;
  return hasRoleAtLeast(viewer.role, chatPolicy.seeAll) || location.assignedAndTrained;
}

/** Whether the viewer's role is among those every conversation reaches. */
export function seesAllChats(viewer: ChatViewer): boolean {
  return hasRoleAtLeast(viewer.role, chatPolicy.seeAll);
}
