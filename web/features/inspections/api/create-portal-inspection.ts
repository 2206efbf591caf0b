import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateInspection, Inspection } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

export function createPortalInspection(slug: string, body: CreateInspection): Promise<Inspection> {
  return apiRequest<Inspection>(`/api/portal/${encodeURIComponent(slug)}/inspections`, { body });
}

export function useCreatePortalInspection(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInspection) => createPortalInspection(slug, body),
    onSuccess: (saved) => queryClient.invalidateQueries({ queryKey: inspectionKeys.portal(slug, saved.locationId) }),
  });
}
