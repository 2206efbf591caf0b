import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RequestCategory, requestCategoryInputSchema } from '../../../../shared/features/services/services.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { serviceKeys } from './query-keys.ts';

export type RequestCategoryInput = z.input<typeof requestCategoryInputSchema>;

export function createRequestCategory(body: RequestCategoryInput): Promise<RequestCategory> {
  return apiRequest<RequestCategory>('/api/office/request-categories', { body });
}

export function useCreateRequestCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRequestCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceKeys.requestCategories }),
  });
}
