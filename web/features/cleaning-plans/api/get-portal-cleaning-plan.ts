import { useQuery } from '@tanstack/react-query';
import type { PortalCleaningPlan } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { cleaningPlanKeys } from './query-keys.ts';

const locationPath = (slug: string, locationId: string) => `/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/cleaning-plan`;

export function getPortalCleaningPlan(slug: string, locationId: string, signal?: AbortSignal): Promise<PortalCleaningPlan> {
  return apiRequest<PortalCleaningPlan>(locationPath(slug, locationId), { signal });
}

export function usePortalCleaningPlan(slug: string, locationId: string) {
  return useQuery({ queryKey: cleaningPlanKeys.portalPlan(slug, locationId), queryFn: ({ signal }) => getPortalCleaningPlan(slug, locationId, signal) });
}

/**
 * The PDF's address. It names the plan's version and the page's language, so a browser that kept
 * an earlier download never hands back an old plan or one in another language.
 */
export function cleaningPlanPdfUrl(slug: string, plan: PortalCleaningPlan, language: string): string {
  return `${locationPath(slug, plan.locationId)}/pdf?v=${encodeURIComponent(`${plan.version}-${language}`)}`;
}
