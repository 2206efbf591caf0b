/** Tabs of the detail pages, named in the URL (`?tab=portal-users`) so a link can open one directly. */
export const customerTabs = ['overview', 'locations', 'services', 'visits', 'portal-users', 'requests', 'supplies', 'keys', 'feedback', 'journal', 'resources', 'reports', 'notifications', 'agreement'] as const;
export type CustomerTab = (typeof customerTabs)[number];

export const locationTabs = ['overview', 'schedule', 'cleaning-plan', 'portal', 'assignments', 'feedback', 'files'] as const;

export const suppliesTabs = ['orders', 'products'] as const;
export type SuppliesTab = (typeof suppliesTabs)[number];
export type LocationTab = (typeof locationTabs)[number];
