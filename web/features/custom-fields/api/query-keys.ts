export type OwnerKind = 'customer' | 'location';

export const customFieldKeys = {
  all: ['office', 'custom-fields'] as const,
  settings: ['office', 'custom-fields', 'settings'] as const,
  owner: (kind: OwnerKind, id: string) => ['office', 'custom-fields', kind, id] as const,
  portal: (slug: string) => ['portal', slug, 'custom-fields'] as const,
};
