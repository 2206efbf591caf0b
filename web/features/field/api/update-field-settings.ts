import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FieldSettings } from '../../../../shared/features/field/proof-of-service.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fieldKeys } from './query-keys.ts';

export function updateFieldSettings(body: FieldSettings): Promise<FieldSettings> {
  return apiRequest<FieldSettings>('/api/office/settings/field', { method: 'PUT', body });
}

export function useUpdateFieldSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateFieldSettings, onSuccess: (saved) => queryClient.setQueryData(fieldKeys.settings, saved) });
}
