import { useMutation } from '@tanstack/react-query';
import type { OfficeRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useOfficeRequestSaved } from './use-office-request-saved.ts';

/** Marks a new request open; reading it never does, so the page sends this when someone opens it. */
export function openOfficeRequest(id: string): Promise<OfficeRequestDetail> {
  return apiRequest<OfficeRequestDetail>(`/api/office/requests/${encodeURIComponent(id)}/open`, { method: 'POST' });
}

export function useOpenOfficeRequest(id: string) {
  const saved = useOfficeRequestSaved();
  return useMutation({ mutationFn: () => openOfficeRequest(id), onSuccess: saved });
}
