import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { SupplyOrderList } from './get-supply-orders.ts';
import { supplyKeys } from './query-keys.ts';

const pageSize = 20;

/** This location's orders, newest first. */
export function getPortalSupplyOrders(slug: string, locationId: string, page: number, signal?: AbortSignal): Promise<SupplyOrderList> {
  return apiRequest<SupplyOrderList>(
    `/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/supply-orders`,
    { query: { page, pageSize }, signal },
  );
}

export function portalSupplyOrdersQueryOptions(slug: string, locationId: string, page: number) {
  return queryOptions({
    queryKey: supplyKeys.portalOrders(slug, locationId, page),
    queryFn: ({ signal }) => getPortalSupplyOrders(slug, locationId, page, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePortalSupplyOrders(slug: string, locationId: string, page: number) {
  return useQuery(portalSupplyOrdersQueryOptions(slug, locationId, page));
}
