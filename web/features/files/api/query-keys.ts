export const fileKeys = {
  location: (locationId: string) => ['office', 'location-files', locationId] as const,
  settings: ['office', 'file-settings'] as const,
  portal: (slug: string, locationId: string) => ['portal', slug, 'files', locationId] as const,
};
