import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SupplyOrderStatus, supplyOrderListSchema } from '../../../../shared/features/supplies/supplies.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { supplyKeys } from './query-keys.ts';

export type SupplyOrderList = z.infer<typeof supplyOrderListSchema>;

export interface SupplyOrderListParams {
  status?: SupplyOrderStatus;
  locationId?: string;
  customerId?: string;
  page: number;
  pageSize: number;
}

export function getSupplyOrders(params: SupplyOrderListParams, signal?: AbortSignal): Promise<SupplyOrderList> {
  return apiRequest<SupplyOrderList>('/api/office/supply-orders', { query: { ...params }, signal });
}

export function supplyOrdersQueryOptions(params: SupplyOrderListParams) {
  return queryOptions({
    queryKey: supplyKeys.orderList(params),
    queryFn: ({ signal }) => getSupplyOrders(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** Orders arrive while the office has the list open, so it looks again every half minute. */
export function useSupplyOrders(params: SupplyOrderListParams) {
  return useQuery({ ...supplyOrdersQueryOptions(params), refetchInterval: 30_000 });
}
