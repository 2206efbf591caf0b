import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { KeyLog } from '../../../../shared/features/keys/keys.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { keyRingKeys } from './query-keys.ts';

export const keyLogPageSize = 10;

export function getKeyLog(keyId: string, page: number, signal?: AbortSignal): Promise<KeyLog> {
  return apiRequest<KeyLog>(`/api/office/keys/${encodeURIComponent(keyId)}/log`, { query: { page, pageSize: keyLogPageSize }, signal });
}

export function useKeyLog(customerId: string, keyId: string, page: number) {
  return useQuery(queryOptions({ queryKey: keyRingKeys.log(customerId, keyId, page), queryFn: ({ signal }) => getKeyLog(keyId, page, signal), placeholderData: keepPreviousData }));
}
