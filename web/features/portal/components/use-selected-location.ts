import { useLocalStorage } from '@mantine/hooks';
import { useEffect } from 'react';
import type { PortalLocation } from '../../../../shared/features/auth/portal-auth.contract.ts';

/**
 * The location the customer is looking at, remembered on this device per portal. Every caller shares the
 * value (Mantine syncs its storage hooks), so the header switcher and the page body stay in step.
 */
export function useSelectedLocation(slug: string, locations: PortalLocation[]) {
  const [storedId, setStoredId] = useLocalStorage({
    key: `porter.portal.${slug}.location`,
    defaultValue: '',
    getInitialValueInEffect: false,
  });
  const selected = locations.find((location) => location.id === storedId) ?? locations[0] ?? null;
  return [selected, setStoredId] as const;
}

/**
 * Shows the location of what is on screen (a request opened from an email or another tab, say) as the chosen one,
 * so the header, the tab bar and the next page all speak of the same place.
 */
export function useFollowLocation(slug: string, locations: PortalLocation[], locationId: string | undefined) {
  const [selected, select] = useSelectedLocation(slug, locations);
  const known = locations.some((location) => location.id === locationId);
  useEffect(() => {
    if (locationId && known && selected?.id !== locationId) select(locationId);
  }, [locationId, known, selected?.id, select]);
}
