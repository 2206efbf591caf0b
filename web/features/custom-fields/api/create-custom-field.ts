import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CustomField, CustomFieldInput } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customFieldKeys } from './query-keys.ts';

export function createCustomField(body: CustomFieldInput): Promise<CustomField> {
  return apiRequest<CustomField>('/api/office/custom-fields', { method: 'POST', body });
}

export function useCreateCustomField() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCustomField, onSuccess: () => queryClient.invalidateQueries({ queryKey: customFieldKeys.all }) });
}
