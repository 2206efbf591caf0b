import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CustomFieldValues, CustomValuesInput } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customFieldKeys, type OwnerKind } from './query-keys.ts';

export function saveOwnerValues(kind: OwnerKind, id: string, body: CustomValuesInput): Promise<CustomFieldValues> {
  return apiRequest<CustomFieldValues>(`/api/office/${kind}s/${encodeURIComponent(id)}/custom-fields`, { method: 'PUT', body });
}

export function useSaveOwnerValues(kind: OwnerKind, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomValuesInput) => saveOwnerValues(kind, id, body),
    onSuccess: (values) => {
      queryClient.setQueryData(customFieldKeys.owner(kind, id), values);
      void queryClient.invalidateQueries({ queryKey: customFieldKeys.all, exact: true });
    },
  });
}
