/** Tabs of the detail pages, named in the URL (`?tab=portal-users`) so a link can open one directly. */
export const customerTabs = ['overview', 'locations', 'portal-users', 'requests', 'visits', 'billing', 'journal'] as const;
export type CustomerTab = (typeof customerTabs)[number];

export const locationTabs = ['overview', 'portal', 'assignments'] as const;
export type LocationTab = (typeof locationTabs)[number];
