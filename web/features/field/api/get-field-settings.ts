import { useQuery } from '@tanstack/react-query';
import type { FieldSettings } from '../../../../shared/features/field/proof-of-service.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fieldKeys } from './query-keys.ts';

export function getFieldSettings(signal?: AbortSignal): Promise<FieldSettings> {
  return apiRequest<FieldSettings>('/api/office/settings/field', { signal });
}

export function useFieldSettings() {
  return useQuery({ queryKey: fieldKeys.settings, queryFn: ({ signal }) => getFieldSettings(signal) });
}
