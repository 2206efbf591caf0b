import { describe, expect, it } from 'vitest';
import { serviceRequestStatuses, type ServiceRequestStatus } from '../../../shared/features/service-requests/service-requests.contract.ts';
import { assertTransition, type Mover } from './lifecycle.ts';

// Every move the lifecycle allows; every other pair of statuses must be refused.
const allowed: [Mover, ServiceRequestStatus, ServiceRequestStatus][] = [
  ['office', 'new', 'open'],
  ['office', 'new', 'in_progress'],
  ['office', 'new', 'closed'],
  ['office', 'open', 'in_progress'],
  ['office', 'open', 'closed'],
  ['office', 'in_progress', 'pending_confirmation'],
  ['office', 'in_progress', 'closed'],
  ['office', 'pending_confirmation', 'in_progress'],
  ['office', 'pending_confirmation', 'closed'],
  ['customer', 'pending_confirmation', 'resolved'],
  ['customer', 'pending_confirmation', 'in_progress'],
];

describe('service request lifecycle', () => {
  const all = (['office', 'customer'] as const).flatMap((mover) =>
    serviceRequestStatuses.flatMap((from) => serviceRequestStatuses.map((to) => [mover, from, to] as const)),
  );

  it.each(all)('%s: %s → %s', (mover, from, to) => {
    const isAllowed = allowed.some(([m, f, t]) => m === mover && f === from && t === to);
    if (isAllowed) expect(() => assertTransition(mover, from, to)).not.toThrow();
    else expect(() => assertTransition(mover, from, to)).toThrow();
  });

  it('names the current status when it refuses', () => {
    expect(() => assertTransition('office', 'resolved', 'in_progress')).toThrow('This request is resolved, so it cannot be marked in progress now.');
    expect(() => assertTransition('customer', 'in_progress', 'resolved')).toThrow('This request is in progress, so it cannot be marked resolved now.');
    expect(() => assertTransition('office', 'pending_confirmation', 'pending_confirmation')).toThrow(/waiting for the customer’s confirmation/);
  });
});
