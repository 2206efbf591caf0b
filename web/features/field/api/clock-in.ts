import type { ClockInput, ClockResult } from '../../../../shared/features/field/field.contract.ts';
import { useQueuedWrite } from '../../../lib/use-queued-write.ts';
import { fieldKeys } from './query-keys.ts';

export const clockInPath = (visitId: string) => `/api/field/visits/${encodeURIComponent(visitId)}/clock-in`;

/**
 * Clocks me in now, or on this phone until there is a signal (the body's `at` keeps the tap's time);
 * the caller makes the client id once per tap, so a retry of the same tap is answered, not doubled.
 */
export function useClockIn(visitId: string, ownerId: string) {
  return useQueuedWrite<{ body: ClockInput }, ClockResult>({ ownerId, path: clockInPath(visitId), refreshes: fieldKeys.all });
}
