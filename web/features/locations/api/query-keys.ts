import type { LocationListParams } from './get-locations.ts';

export const locationKeys = {
  all: ['office', 'locations'] as const,
  list: (params: LocationListParams) => ['office', 'locations', 'list', params] as const,
  detail: (id: string) => ['office', 'locations', 'detail', id] as const,
  assignments: (id: string) => ['office', 'locations', 'assignments', id] as const,
};
