import type { InboxParams } from './get-inbox.ts';

export const requestKeys = {
  inboxes: ['office', 'requests', 'inbox'] as const,
  inbox: (params: InboxParams) => ['office', 'requests', 'inbox', params] as const,
  officeDetail: (id: string) => ['office', 'requests', 'detail', id] as const,
  portalList: (slug: string, locationId: string) => ['portal', slug, 'requests', 'list', locationId] as const,
  portalDetail: (slug: string, id: string) => ['portal', slug, 'requests', 'detail', id] as const,
  requestOptions: (slug: string, locationId: string) => ['portal', slug, 'requests', 'options', locationId] as const,
};
