import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Service, ServiceInput } from '../../../../shared/features/services/services.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { serviceKeys } from './query-keys.ts';

export function updateService(id: string, body: ServiceInput): Promise<Service> {
  return apiRequest<Service>(`/api/office/services/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateService(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ServiceInput) => updateService(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceKeys.services }),
  });
}
