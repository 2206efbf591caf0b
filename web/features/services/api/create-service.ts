import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Service, ServiceInput } from '../../../../shared/features/services/services.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { serviceKeys } from './query-keys.ts';

export function createService(body: ServiceInput): Promise<Service> {
  return apiRequest<Service>('/api/office/services', { body });
}

export function useCreateService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createService,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceKeys.services }),
  });
}
