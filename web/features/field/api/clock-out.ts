import type { ClockInput, ClockResult } from '../../../../shared/features/field/field.contract.ts';
import { useQueuedWrite } from '../../../lib/use-queued-write.ts';
import { fieldKeys } from './query-keys.ts';

/**
 * Clocks me out now, or on this phone until there is a signal (sent after the clock-in it follows);
 * the caller makes the client id once per tap, so a retry of the same tap is answered, not doubled.
 */
export function useClockOut(visitId: string, ownerId: string) {
  return useQueuedWrite<{ body: ClockInput }, ClockResult>({ ownerId, path: `/api/field/visits/${encodeURIComponent(visitId)}/clock-out`, refreshes: fieldKeys.all });
}
