import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OneOffVisit, OneOffVisitInput } from '../../../../shared/features/visits/schedule.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function createOneOffVisit(body: OneOffVisitInput): Promise<OneOffVisit> {
  return apiRequest<OneOffVisit>('/api/office/visits', { method: 'POST', body });
}

/** Plans a visit that happens once. */
export function useCreateOneOffVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOneOffVisit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['office'] }),
  });
}
