import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProofOfService } from '../../../../shared/features/field/proof-of-service.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fieldKeys } from './query-keys.ts';

const reportPath = (slug: string, visitId: string) => `/api/portal/${encodeURIComponent(slug)}/visits/${encodeURIComponent(visitId)}/proof-of-service`;

export function getProofOfService(slug: string, visitId: string, signal?: AbortSignal): Promise<ProofOfService> {
  return apiRequest<ProofOfService>(reportPath(slug, visitId), { signal });
}

export function proofOfServiceQueryOptions(slug: string, visitId: string) {
  return queryOptions({ queryKey: fieldKeys.proofOfService(slug, visitId), queryFn: ({ signal }) => getProofOfService(slug, visitId, signal) });
}

/** A completed visit's proof of service; any other visit answers 404. */
export function useProofOfService(slug: string, visitId: string) {
  return useQuery(proofOfServiceQueryOptions(slug, visitId));
}

/** The PDF's address. It names the page's language, so a browser that kept an earlier download never hands back one in another language. */
export function proofOfServicePdfUrl(slug: string, visitId: string, language: string): string {
  return `${reportPath(slug, visitId)}.pdf?v=${encodeURIComponent(language)}`;
}
