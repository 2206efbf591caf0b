import { useQuery } from '@tanstack/react-query';
import type { FieldKeyList } from '../../../../shared/features/keys/keys.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { keyRingKeys } from './query-keys.ts';

/** The keys of one of my visits' location, with their codes. */
export function getVisitKeys(visitId: string, signal?: AbortSignal): Promise<FieldKeyList> {
  return apiRequest<FieldKeyList>(`/api/field/visits/${encodeURIComponent(visitId)}/keys`, { signal });
}

export function useVisitKeys(visitId: string) {
  return useQuery({ queryKey: keyRingKeys.visit(visitId), queryFn: ({ signal }) => getVisitKeys(visitId, signal) });
}
