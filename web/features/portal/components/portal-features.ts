import { IconClipboardCheck, IconFolder, IconHourglass, IconListCheck, IconMessage2, IconMoodSmile, IconPackage, IconUsers, type Icon } from '@tabler/icons-react';
import type { PortalLocation } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { portalFeatures, type PortalFeature } from '../../../../shared/features/locations/locations.values.ts';

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

export type FeaturePage = '/portal/$slug/requests' | '/portal/$slug/supplies' | '/portal/$slug/feedback' | '/portal/$slug/quality-checks' | '/portal/$slug/files';

/** Where each built feature leads; the rest are still to come. */
export const featurePages: Partial<Record<PortalFeature, FeaturePage>> = {
  serviceRequests: '/portal/$slug/requests',
  elapsedTime: '/portal/$slug/requests',
  supplyRequests: '/portal/$slug/supplies',
  feedback: '/portal/$slug/feedback',
  qualityChecks: '/portal/$slug/quality-checks',
  fileStorage: '/portal/$slug/files',
};

/** Features shown as a card on the home page itself (Who's working, live): no tile leads anywhere else. */
export const homeCardFeatures: readonly PortalFeature[] = ['whosWorking'];

/** Not a switch: the page is there wherever the office has written down what is cleaned. */
export const whatWeCleanPage = '/portal/$slug/what-we-clean';
export const whatWeCleanIcon: Icon = IconListCheck;
export type PortalPage = FeaturePage | typeof whatWeCleanPage;

/** Not a switch either: every portal user of a location may write to the company about it. */
export const chatPage = '/portal/$slug/chat';

/** The features the office switched on at this location, in the order the portal lists them. */
export function enabledFeatures(location: PortalLocation): PortalFeature[] {
  return portalFeatures.filter((feature) => location.features[feature]);
}

/**
 * The pages a location's switched-on features lead to, each once (elapsed time lives on the requests page), with the first
 * feature's icon; then What we clean, where the location has a cleaning plan.
 */
export function enabledFeaturePages(location: PortalLocation): { page: PortalPage; icon: Icon }[] {
  const pages = new Map<PortalPage, Icon>();
  for (const feature of enabledFeatures(location)) {
    const page = featurePages[feature];
    if (page && !pages.has(page)) pages.set(page, featureIcons[feature]);
  }
  if (location.hasCleaningPlan) pages.set(whatWeCleanPage, whatWeCleanIcon);
  return [...pages].map(([page, icon]) => ({ page, icon }));
}
