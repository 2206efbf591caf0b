import { useMutation } from '@tanstack/react-query';
import type { LocationDetail, LocationInput } from '../../../../shared/features/locations/locations.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useLocationSaved } from './use-location-saved.ts';

export function updateLocation(id: string, body: LocationInput): Promise<LocationDetail> {
  return apiRequest<LocationDetail>(`/api/office/locations/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateLocation(id: string) {
  const saved = useLocationSaved();
  return useMutation({ mutationFn: (body: LocationInput) => updateLocation(id, body), onSuccess: saved });
}
