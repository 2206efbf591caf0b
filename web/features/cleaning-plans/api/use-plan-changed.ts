import { useQueryClient } from '@tanstack/react-query';
import { cleaningPlanKeys } from './query-keys.ts';

/** After any change to a location's plan: read the plan and the copy sources again. */
export function usePlanChanged(locationId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: cleaningPlanKeys.location(locationId) });
}
