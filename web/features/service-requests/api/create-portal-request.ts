import { useMutation } from '@tanstack/react-query';
import type { CreateServiceRequest, PortalRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { usePortalRequestSaved } from './use-portal-request-saved.ts';

export function createPortalRequest(slug: string, body: CreateServiceRequest): Promise<PortalRequestDetail> {
  return apiRequest<PortalRequestDetail>(`/api/portal/${encodeURIComponent(slug)}/requests`, { body });
}

export function useCreatePortalRequest(slug: string) {
  const saved = usePortalRequestSaved(slug);
  return useMutation({ mutationFn: (body: CreateServiceRequest) => createPortalRequest(slug, body), onSuccess: saved });
}
