export const upgradeKeys = {
  catalogue: ['office', 'upgrades'] as const,
  request: (requestId: string) => ['office', 'requests', requestId, 'upgrades'] as const,
  portalVisit: (slug: string, visitId: string) => ['portal', slug, 'visits', visitId, 'upgrades'] as const,
};
