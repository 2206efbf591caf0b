import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RequestOptions } from '../../../../shared/features/services/services.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { requestKeys } from './query-keys.ts';

/** The services and categories a customer may choose from at one location. */
export function getRequestOptions(slug: string, locationId: string, signal?: AbortSignal): Promise<RequestOptions> {
  return apiRequest<RequestOptions>(
    `/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/request-options`,
    { signal },
  );
}

export function requestOptionsQueryOptions(slug: string, locationId: string) {
  return queryOptions({
    queryKey: requestKeys.requestOptions(slug, locationId),
    queryFn: ({ signal }) => getRequestOptions(slug, locationId, signal),
  });
}

export function useRequestOptions(slug: string, locationId: string) {
  return useQuery(requestOptionsQueryOptions(slug, locationId));
}
