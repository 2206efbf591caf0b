import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddUpgradesInput, PortalVisitUpgrades } from '../../../../shared/features/upgrades/upgrades.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { upgradeKeys } from './query-keys.ts';

/** Adds upgrades to a visit; they wait as pending while a request asks the office. */
export function addVisitUpgrades(slug: string, visitId: string, body: AddUpgradesInput): Promise<PortalVisitUpgrades> {
  return apiRequest<PortalVisitUpgrades>(`/api/portal/${encodeURIComponent(slug)}/visits/${encodeURIComponent(visitId)}/upgrades`, { method: 'POST', body });
}

export function useAddVisitUpgrades(slug: string, visitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddUpgradesInput) => addVisitUpgrades(slug, visitId, body),
    onSuccess: (page) => {
      queryClient.setQueryData(upgradeKeys.portalVisit(slug, visitId), page);
      // The portal's other views of the visit (its price breakdown) and its requests list change too.
      return queryClient.invalidateQueries({ queryKey: ['portal', slug] });
    },
    // Refused because the window closed meanwhile: read the page again, so it says so.
    onError: () => queryClient.invalidateQueries({ queryKey: upgradeKeys.portalVisit(slug, visitId) }),
  });
}
