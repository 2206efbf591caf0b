import { useQuery } from '@tanstack/react-query';
import type { CustomFieldValues } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customFieldKeys, type OwnerKind } from './query-keys.ts';

export function getOwnerValues(kind: OwnerKind, id: string, signal?: AbortSignal): Promise<CustomFieldValues> {
  return apiRequest<CustomFieldValues>(`/api/office/${kind}s/${encodeURIComponent(id)}/custom-fields`, { signal });
}

export function useOwnerValues(kind: OwnerKind, id: string) {
  return useQuery({ queryKey: customFieldKeys.owner(kind, id), queryFn: ({ signal }) => getOwnerValues(kind, id, signal) });
}
