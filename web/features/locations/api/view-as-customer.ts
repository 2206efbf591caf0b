import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { viewAsInputSchema, viewAsResultSchema } from '../../../../shared/features/locations/locations.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type ViewAsInput = z.infer<typeof viewAsInputSchema>;
export type ViewAsResult = z.infer<typeof viewAsResultSchema>;

/** Starts a read-only portal session as this customer; the server sets the portal cookie and says where to go. */
export function viewAsCustomer(locationId: string, body: ViewAsInput): Promise<ViewAsResult> {
  return apiRequest<ViewAsResult>(`/api/office/locations/${encodeURIComponent(locationId)}/view-as`, { body });
}

export function useViewAsCustomer(locationId: string) {
  return useMutation({ mutationFn: (body: ViewAsInput) => viewAsCustomer(locationId, body) });
}
