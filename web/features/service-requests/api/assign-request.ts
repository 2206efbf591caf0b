import { useMutation } from '@tanstack/react-query';
import type { OfficeRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useOfficeRequestSaved } from './use-office-request-saved.ts';

/** Null leaves the request unassigned. */
export function assignRequest(id: string, assigneeId: string | null): Promise<OfficeRequestDetail> {
  return apiRequest<OfficeRequestDetail>(`/api/office/requests/${encodeURIComponent(id)}/assignee`, { method: 'PUT', body: { assigneeId } });
}

export function useAssignRequest(id: string) {
  const saved = useOfficeRequestSaved();
  return useMutation({ mutationFn: (assigneeId: string | null) => assignRequest(id, assigneeId), onSuccess: saved });
}
