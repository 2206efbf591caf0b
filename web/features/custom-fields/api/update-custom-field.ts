import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CustomField, CustomFieldChange } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customFieldKeys } from './query-keys.ts';

export function updateCustomField(id: string, body: CustomFieldChange): Promise<CustomField> {
  return apiRequest<CustomField>(`/api/office/custom-fields/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateCustomField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CustomFieldChange }) => updateCustomField(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customFieldKeys.all }),
  });
}
