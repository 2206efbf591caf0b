/** Everything under `auth` describes who is signed in; dropping it forces a fresh look at the session. */
export const authKeys = {
  all: ['auth'] as const,
  staffMe: ['auth', 'staff-me'] as const,
  portalMe: (slug: string) => ['auth', 'portal-me', slug] as const,
  portalInfo: (slug: string) => ['portal-info', slug] as const,
};
