import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CustomFieldList, CustomFieldOwner } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customFieldKeys } from './query-keys.ts';

export function orderCustomFields(body: { appliesTo: CustomFieldOwner; ids: string[] }): Promise<CustomFieldList> {
  return apiRequest<CustomFieldList>('/api/office/custom-fields/order', { method: 'PUT', body });
}

export function useOrderCustomFields() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: orderCustomFields, onSuccess: (list) => queryClient.setQueryData(customFieldKeys.all, list) });
}
