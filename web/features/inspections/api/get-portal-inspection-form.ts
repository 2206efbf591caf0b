import { useQuery } from '@tanstack/react-query';
import type { InspectionForm } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

export type PortalInspectionForm = InspectionForm & { visits: { id: string; name: string; startsAt: string }[] };

export function getPortalInspectionForm(slug: string, locationId: string, signal?: AbortSignal): Promise<PortalInspectionForm> {
  return apiRequest<PortalInspectionForm>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/inspection-form`, { signal });
}

/** The form when the company takes customers' inspections; a 403 means it does not, and the page offers none. */
export function usePortalInspectionForm(slug: string, locationId: string) {
  return useQuery({ queryKey: inspectionKeys.portalForm(slug, locationId), queryFn: ({ signal }) => getPortalInspectionForm(slug, locationId, signal), retry: false });
}
