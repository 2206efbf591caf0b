// Without zod, so the portal's first page knows a location's features before any schema loads.

/**
 * Portal features a location can switch on one by one (JM). Their names and descriptions are in the
 * `locations` catalogue under `portalFeatures.<id>`.
 */
export const portalFeatures = ['serviceRequests', 'elapsedTime', 'supplyRequests', 'feedback', 'qualityChecks', 'whosWorking', 'fileStorage'] as const;
export type PortalFeature = (typeof portalFeatures)[number];
