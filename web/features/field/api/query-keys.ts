/** Query keys of field work: the field app's own under `field`, the office's under `office`, the portal's under `portal`. */
export const fieldKeys = {
  all: ['field'] as const,
  myVisits: () => ['field', 'visits'] as const,
  myVisit: (id: string) => ['field', 'visits', id] as const,
  myVisitWork: (id: string) => ['field', 'visits', id, 'work'] as const,
  visitWork: (visitId: string) => ['office', 'visit-work', visitId] as const,
  timesheets: (visitId: string) => ['office', 'timesheets', visitId] as const,
  onSite: (from: string, to: string) => ['office', 'on-site', from, to] as const,
  whosWorking: (slug: string, locationId: string) => ['portal', slug, 'whos-working', locationId] as const,
  proofOfService: (slug: string, visitId: string) => ['portal', slug, 'proof-of-service', visitId] as const,
  settings: ['office', 'settings', 'field'] as const,
};
