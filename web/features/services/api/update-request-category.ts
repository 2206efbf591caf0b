import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestCategory } from '../../../../shared/features/services/services.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import type { RequestCategoryInput } from './create-request-category.ts';
import { serviceKeys } from './query-keys.ts';

export function updateRequestCategory(id: string, body: RequestCategoryInput): Promise<RequestCategory> {
  return apiRequest<RequestCategory>(`/api/office/request-categories/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateRequestCategory(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestCategoryInput) => updateRequestCategory(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceKeys.requestCategories }),
  });
}
