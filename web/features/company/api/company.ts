import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Company, CompanyInput } from '../../../../shared/features/company/company.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

const companyKey = ['office', 'settings', 'company'] as const;

export function companyQueryOptions() {
  return queryOptions({
    queryKey: companyKey,
    queryFn: ({ signal }) => apiRequest<Company>('/api/office/settings/company', { signal }),
  });
}

export function useCompany() {
  return useQuery(companyQueryOptions());
}

export function useSaveCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CompanyInput) => apiRequest<Company>('/api/office/settings/company', { method: 'PUT', body }),
    onSuccess: (company) => queryClient.setQueryData(companyKey, company),
  });
}
