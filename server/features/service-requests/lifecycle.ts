import type { ServiceRequestStatus } from '../../../shared/features/service-requests/service-requests.contract.ts';
import { AppError, message } from '../../http/errors.ts';

export type Mover = 'office' | 'customer';

/**
 * Who may move a request from which status to which (JM): new → open when someone in the
 * office opens it → in progress with an update to the customer → pending the customer's
 * confirmation → resolved when they confirm, back to in progress when they do not. The
 * office may also close a request outright, with a reason, until it is resolved.
 */
export const transitions: Record<Mover, Partial<Record<ServiceRequestStatus, readonly ServiceRequestStatus[]>>> = {
  office: {
    new: ['open', 'in_progress', 'closed'],
    open: ['in_progress', 'closed'],
    in_progress: ['pending_confirmation', 'closed'],
    pending_confirmation: ['in_progress', 'closed'],
  },
  customer: {
    pending_confirmation: ['resolved', 'in_progress'],
  },
};

export function allowedTransitions(mover: Mover, from: ServiceRequestStatus): readonly ServiceRequestStatus[] {
  return transitions[mover][from] ?? [];
}

/** Refuses a move the lifecycle does not allow, naming the status the request is in. */
export function assertTransition(mover: Mover, from: ServiceRequestStatus, to: ServiceRequestStatus): void {
  if (allowedTransitions(mover, from).includes(to)) return;
  throw new AppError('conflict', message(`requests.cannotMove.${to}`, { status: message(`requestStatus.${from}`) }));
}
