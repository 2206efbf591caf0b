import type { InspectionListParams } from './get-inspections.ts';

export const inspectionKeys = {
  all: ['office', 'inspections'] as const,
  list: (params: InspectionListParams) => ['office', 'inspections', 'list', params] as const,
  trends: (params: { locationId?: string; customerId?: string }) => ['office', 'inspections', 'trends', params] as const,
  customerReports: (customerId: string, page: number, pageSize: number) => ['office', 'inspections', 'customer-reports', customerId, page, pageSize] as const,
  detail: (id: string) => ['office', 'inspections', 'detail', id] as const,
  form: (locationId: string) => ['office', 'inspections', 'form', locationId] as const,
  settings: ['office', 'settings', 'inspections'] as const,
  portal: (slug: string, locationId: string) => ['portal', slug, 'inspections', locationId] as const,
  portalPage: (slug: string, locationId: string, page: number) => ['portal', slug, 'inspections', locationId, 'page', page] as const,
  portalTrend: (slug: string, locationId: string) => ['portal', slug, 'inspections', locationId, 'trend'] as const,
  portalForm: (slug: string, locationId: string) => ['portal', slug, 'inspections', locationId, 'form'] as const,
  portalDetail: (slug: string, id: string) => ['portal', slug, 'inspection', id] as const,
};
