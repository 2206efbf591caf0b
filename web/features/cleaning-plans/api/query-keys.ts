export const cleaningPlanKeys = {
  /** A location's plan and everything read about it (its copy sources): one prefix to refresh after a change. */
  location: (locationId: string) => ['office', 'cleaning-plan', locationId] as const,
  plan: (locationId: string) => ['office', 'cleaning-plan', locationId, 'plan'] as const,
  sources: (locationId: string) => ['office', 'cleaning-plan', locationId, 'sources'] as const,
  portalPlan: (slug: string, locationId: string) => ['portal', slug, 'cleaning-plan', locationId] as const,
};
