import { useQuery } from '@tanstack/react-query';
import type { PortalCustomFields } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customFieldKeys } from './query-keys.ts';

export function getPortalCustomFields(slug: string, signal?: AbortSignal): Promise<PortalCustomFields> {
  return apiRequest<PortalCustomFields>(`/api/portal/${encodeURIComponent(slug)}/custom-fields`, { signal });
}

export function usePortalCustomFields(slug: string) {
  return useQuery({ queryKey: customFieldKeys.portal(slug), queryFn: ({ signal }) => getPortalCustomFields(slug, signal) });
}
