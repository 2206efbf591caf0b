import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InspectionList } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

/** The customer page's Reports tab (the audits add-on): its inspections, newest first. */
export function getCustomerReports(customerId: string, page: { page: number; pageSize: number }, signal?: AbortSignal): Promise<InspectionList> {
  return apiRequest<InspectionList>(`/api/office/customers/${encodeURIComponent(customerId)}/reports`, { query: { ...page }, signal });
}

export function useCustomerReports(customerId: string, page: { page: number; pageSize: number }) {
  return useQuery({ queryKey: inspectionKeys.customerReports(customerId, page.page, page.pageSize), queryFn: ({ signal }) => getCustomerReports(customerId, page, signal), placeholderData: keepPreviousData });
}
