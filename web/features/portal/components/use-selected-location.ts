import { useLocalStorage } from '@mantine/hooks';
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
