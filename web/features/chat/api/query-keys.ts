/** Office chat queries start with `['office', 'chat']`, the portal's with `['portal', slug, 'chat']`: one live topic makes each side's stale. */
export const chatKeys = {
  office: ['office', 'chat'] as const,
  officeList: (page: number) => ['office', 'chat', 'list', page] as const,
  officeUnread: ['office', 'chat', 'unread'] as const,
  officeThread: (locationId: string) => ['office', 'chat', 'thread', locationId] as const,
  portal: (slug: string) => ['portal', slug, 'chat'] as const,
  portalUnread: (slug: string) => ['portal', slug, 'chat', 'unread'] as const,
  portalThread: (slug: string, locationId: string) => ['portal', slug, 'chat', 'thread', locationId] as const,
};

/** Where one side's chat lives on the API. */
export type ChatSide = { kind: 'office' } | { kind: 'portal'; slug: string };

export function threadPath(side: ChatSide, locationId: string): string {
  const location = encodeURIComponent(locationId);
  return side.kind === 'office' ? `/api/office/locations/${location}/chat` : `/api/portal/${encodeURIComponent(side.slug)}/locations/${location}/chat`;
}

export function threadKey(side: ChatSide, locationId: string) {
  return side.kind === 'office' ? chatKeys.officeThread(locationId) : chatKeys.portalThread(side.slug, locationId);
}

export function sideKey(side: ChatSide) {
  return side.kind === 'office' ? chatKeys.office : chatKeys.portal(side.slug);
}
