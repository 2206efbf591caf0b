import { useQuery } from '@tanstack/react-query';
import type { CustomFieldList } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customFieldKeys } from './query-keys.ts';

export function getCustomFields(signal?: AbortSignal): Promise<CustomFieldList> {
  return apiRequest<CustomFieldList>('/api/office/custom-fields', { signal });
}

export function useCustomFields() {
  return useQuery({ queryKey: customFieldKeys.all, queryFn: ({ signal }) => getCustomFields(signal) });
}
