import type { QueryClient } from '@tanstack/react-query';
import type { StaffMe, TenantSummary } from '../../shared/features/auth/auth.contract.ts';
import type { PortalInfo, PortalMe } from '../../shared/features/auth/portal-auth.contract.ts';
import { setCompanyClock } from '../lib/format.ts';
import { applyLanguage } from '../lib/i18n.ts';

type Known = StaffMe | PortalMe | PortalInfo | null | undefined;

function languageOf(data: Known): { chosen: string | null; company: TenantSummary['defaultLanguage'] } | null {
  if (!data) return null;
  const chosen = 'user' in data ? data.user.language : null;
  return { chosen, company: data.tenant.defaultLanguage };
}

/**
 * Whenever the app learns who is signed in (or, before sign-in, whose portal this is), the page
 * takes that person's language — their choice, else their browser's, else the company's — and
 * the company's clock for times that concern no one place. Watching the query cache catches
 * every way that happens: a page load, a sign-in, a saved profile or company.
 */
export function followSignedInLanguageAndClock(queryClient: QueryClient): void {
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const [root, kind] = event.query.queryKey as readonly unknown[];
    const watched = (root === 'auth' && (kind === 'staff-me' || kind === 'portal-me')) || root === 'portal-info';
    if (!watched) return;
    // The portal's public details know only the company; once someone is signed in there, they decide.
    const signedIn = root === 'portal-info' ? queryClient.getQueryData<PortalMe | null>(['auth', 'portal-me', kind]) : null;
    const known = signedIn ?? (event.query.state.data as Known);
    const language = languageOf(known);
    if (language) applyLanguage(language.chosen, language.company);
    if (known) setCompanyClock(known.tenant.timeZone);
  });
}
