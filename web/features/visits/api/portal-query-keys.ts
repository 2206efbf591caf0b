import type { PortalVisitWhen } from '../../../../shared/features/visits/portal-visits.contract.ts';

export const portalVisitKeys = {
  all: (slug: string) => ['portal', slug, 'visits'] as const,
  nextVisit: (slug: string, locationId: string) => ['portal', slug, 'visits', 'next', locationId] as const,
  list: (slug: string, locationId: string, when: PortalVisitWhen, page: number) => ['portal', slug, 'visits', 'list', locationId, when, page] as const,
  waiting: (slug: string, locationId: string) => ['portal', slug, 'visits', 'waiting', locationId] as const,
  visit: (slug: string, visitId: string) => ['portal', slug, 'visits', 'one', visitId] as const,
  calendar: (slug: string) => ['portal', slug, 'calendar'] as const,
};
