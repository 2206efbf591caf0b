import { useMutation } from '@tanstack/react-query';
import type { LocationDetail, LocationPortalInput } from '../../../../shared/features/locations/locations.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useLocationSaved } from './use-location-saved.ts';

/** The portal switch and every feature flag together: the server stores exactly what is sent. */
export function updateLocationPortal(id: string, body: LocationPortalInput): Promise<LocationDetail> {
  return apiRequest<LocationDetail>(`/api/office/locations/${encodeURIComponent(id)}/portal`, { method: 'PUT', body });
}

export function useUpdateLocationPortal(id: string) {
  const saved = useLocationSaved();
  return useMutation({ mutationFn: (body: LocationPortalInput) => updateLocationPortal(id, body), onSuccess: saved });
}
