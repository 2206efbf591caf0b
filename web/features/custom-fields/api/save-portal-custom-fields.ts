import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CustomFieldValues, CustomValuesInput } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import type { OwnerKind } from './query-keys.ts';

export function savePortalCustomFields(slug: string, kind: OwnerKind, id: string, body: CustomValuesInput): Promise<CustomFieldValues> {
  return apiRequest<CustomFieldValues>(`/api/portal/${encodeURIComponent(slug)}/${kind}s/${encodeURIComponent(id)}/custom-fields`, { method: 'PUT', body });
}

export function useSavePortalCustomFields(slug: string, kind: OwnerKind, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomValuesInput) => savePortalCustomFields(slug, kind, id, body),
    // A change may have opened a request: the portal's request list reads it again too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portal', slug] }),
  });
}
