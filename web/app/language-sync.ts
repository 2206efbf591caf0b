import type { QueryClient } from '@tanstack/react-query';
import type { StaffMe, CompanySummary } from '../../shared/features/auth/auth.contract.ts';
import type { PortalInfo, PortalMe } from '../../shared/features/auth/portal-auth.contract.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { authKeys } from '../features/auth/api/query-keys.ts';

/**
 * Sets the page's language from a person's choice and their company's default, and the clock for
 * times that concern no one place from the company's zone; `company` is unknown on the office's
 * sign-in page, which belongs to no company.
 */
export type FollowCompany = (chosen: Language | null, company: CompanySummary | undefined) => void;

/**
 * The signed-in person's language when someone is signed in; nobody's (the browser's, then the
 * company's) otherwise. Signing out counts: on a shared device, the next person must not inherit
 * the last one's choice.
 */
function follow(apply: FollowCompany, person: StaffMe | PortalMe | null | undefined, company: CompanySummary | undefined): void {
  if (person) apply(person.user.language, person.company);
  else apply(null, company);
}

/**
 * Whenever the app learns who is signed in (or, before sign-in, whose portal this is), the page
 * takes that person's language — their choice, else their browser's, else the company's — and the
 * company's clock. Watching the query cache catches every way that happens: a page load, a
 * sign-in, a saved profile or company, a sign-out.
 */
export function followSignedInLanguageAndClock(queryClient: QueryClient, apply: FollowCompany): void {
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const [root, kind, slug] = event.query.queryKey as readonly unknown[];
    const data = event.query.state.data as unknown;
    if (root === 'auth' && kind === 'staff-me') {
      follow(apply, data as StaffMe | null, undefined);
    } else if (root === 'auth' && kind === 'portal-me' && typeof slug === 'string') {
      follow(apply, data as PortalMe | null, queryClient.getQueryData<PortalInfo>(authKeys.portalInfo(slug))?.company);
    } else if (root === 'portal-info' && typeof kind === 'string') {
      // The portal's public details know only the company; once someone is signed in there, they decide.
      follow(apply, queryClient.getQueryData<PortalMe | null>(authKeys.portalMe(kind)), (data as PortalInfo).company);
    }
  });
}
