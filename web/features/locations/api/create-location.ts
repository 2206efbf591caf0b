import { useMutation } from '@tanstack/react-query';
import type { LocationDetail, LocationInput } from '../../../../shared/features/locations/locations.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useLocationSaved } from './use-location-saved.ts';

export function createLocation(customerId: string, body: LocationInput): Promise<LocationDetail> {
  return apiRequest<LocationDetail>(`/api/office/customers/${encodeURIComponent(customerId)}/locations`, { body });
}

export function useCreateLocation(customerId: string) {
  const saved = useLocationSaved();
  return useMutation({ mutationFn: (body: LocationInput) => createLocation(customerId, body), onSuccess: saved });
}
