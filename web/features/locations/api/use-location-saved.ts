import { useQueryClient } from '@tanstack/react-query';
import type { LocationDetail } from '../../../../shared/features/locations/locations.contract.ts';
import { locationKeys } from './query-keys.ts';

/** After any change to a location: show it at once, and let lists, customers and counts catch up. */
export function useLocationSaved() {
  const queryClient = useQueryClient();
  return (location: LocationDetail) => {
    queryClient.setQueryData(locationKeys.detail(location.id), location);
    void queryClient.invalidateQueries({ queryKey: ['office'] });
  };
}
