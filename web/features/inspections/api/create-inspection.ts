import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateInspection, Inspection } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

export function createInspection(body: CreateInspection): Promise<Inspection> {
  return apiRequest<Inspection>('/api/office/inspections', { body });
}

export function useCreateInspection() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createInspection, onSuccess: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.all }) });
}
