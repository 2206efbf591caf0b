import { IconClipboardCheck, IconFolder, IconHourglass, IconMessage2, IconMoodSmile, IconPackage, IconUsers, type Icon } from '@tabler/icons-react';
import type { PortalLocation } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { portalFeatures, type PortalFeature } from '../../../../shared/features/locations/locations.contract.ts';

/** Each feature's icon; its name and what it offers, in the customer's words, are `portal:features.<feature>`. */
export const featureIcons: Record<PortalFeature, Icon> = {
  serviceRequests: IconMessage2,
  elapsedTime: IconHourglass,
  supplyRequests: IconPackage,
  feedback: IconMoodSmile,
  qualityChecks: IconClipboardCheck,
  whosWorking: IconUsers,
  fileStorage: IconFolder,
};

export type FeaturePage = '/portal/$slug/requests' | '/portal/$slug/supplies' | '/portal/$slug/feedback';

/** Where each built feature leads; the rest are still to come. */
export const featurePages: Partial<Record<PortalFeature, FeaturePage>> = {
  serviceRequests: '/portal/$slug/requests',
  elapsedTime: '/portal/$slug/requests',
  supplyRequests: '/portal/$slug/supplies',
  feedback: '/portal/$slug/feedback',
};

/** The features the office switched on at this location, in the order the portal lists them. */
export function enabledFeatures(location: PortalLocation): PortalFeature[] {
  return portalFeatures.filter((feature) => location.features[feature]);
}

/** The pages a location's switched-on features lead to, each once (elapsed time lives on the requests page), with the first feature's icon. */
export function enabledFeaturePages(location: PortalLocation): { page: FeaturePage; icon: Icon }[] {
  const pages = new Map<FeaturePage, Icon>();
  for (const feature of enabledFeatures(location)) {
    const page = featurePages[feature];
    if (page && !pages.has(page)) pages.set(page, featureIcons[feature]);
  }
  return [...pages].map(([page, icon]) => ({ page, icon }));
}
