import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OfficeRequestDetail, statusChangeSchema } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useOfficeRequestSaved } from './use-office-request-saved.ts';

export type StatusChange = z.input<typeof statusChangeSchema>;

export function changeRequestStatus(id: string, body: StatusChange): Promise<OfficeRequestDetail> {
  return apiRequest<OfficeRequestDetail>(`/api/office/requests/${encodeURIComponent(id)}/status`, { body });
}

export function useChangeRequestStatus(id: string) {
  const saved = useOfficeRequestSaved();
  return useMutation({ mutationFn: (body: StatusChange) => changeRequestStatus(id, body), onSuccess: saved });
}
