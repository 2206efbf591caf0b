import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { StaffMe } from '../../shared/features/auth/auth.contract.ts';
import type { PortalInfo, PortalMe } from '../../shared/features/auth/portal-auth.contract.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { authKeys } from '../features/auth/api/query-keys.ts';
import { followSignedInLanguageAndClock } from './language-sync.ts';

const company = { id: 't1', slug: 'demo', name: 'Sparkle', displayName: 'Sparkle', timeZone: 'America/Los_Angeles', defaultLanguage: 'en' as Language };
const portalInfo = { company, portalEnabled: true } as PortalInfo;
const carla = (language: Language | null) => ({ user: { language }, company, viewAs: null }) as PortalMe;
const staff = (language: Language | null) => ({ user: { language }, company }) as StaffMe;

/** A query cache as the app has it, and every (choice, company default) the page was told to follow. */
function watchedCache() {
  const queryClient = new QueryClient();
  const applied: [Language | null, Language | undefined][] = [];
  const clocks: (string | undefined)[] = [];
  followSignedInLanguageAndClock(queryClient, (chosen, company) => {
    applied.push([chosen, company?.defaultLanguage]);
    clocks.push(company?.timeZone);
  });
  return { queryClient, applied, clocks };
}

describe('the page follows whoever is signed in', () => {
  it('follows the portal’s company before sign-in, then the customer’s own choice', () => {
    const { queryClient, applied } = watchedCache();
    queryClient.setQueryData(authKeys.portalInfo('demo'), portalInfo);
    queryClient.setQueryData(authKeys.portalMe('demo'), carla('da'));
    expect(applied).toEqual([[null, 'en'], ['da', 'en']]);
  });

  it('keeps the customer’s choice when the portal’s details come in after she signed in', () => {
    const { queryClient, applied } = watchedCache();
    queryClient.setQueryData(authKeys.portalMe('demo'), carla('da'));
    queryClient.setQueryData(authKeys.portalInfo('demo'), portalInfo);
    expect(applied.at(-1)).toEqual(['da', 'en']);
  });

  it('drops a customer’s choice when she signs out, so the next person at the device gets their browser’s language', () => {
    const { queryClient, applied } = watchedCache();
    queryClient.setQueryData(authKeys.portalInfo('demo'), portalInfo);
    queryClient.setQueryData(authKeys.portalMe('demo'), carla('da'));
    queryClient.setQueryData(authKeys.portalMe('demo'), null);
    expect(applied.at(-1)).toEqual([null, 'en']);
  });

  it('drops a staff member’s choice when they sign out', () => {
    const { queryClient, applied } = watchedCache();
    queryClient.setQueryData(authKeys.staffMe, staff('es'));
    queryClient.setQueryData(authKeys.staffMe, null);
    expect(applied).toEqual([['es', 'en'], [null, undefined]]);
  });

  it('reads times on the company’s clock once the company is known, and on the reader’s own on the office sign-in page', () => {
    const { queryClient, clocks } = watchedCache();
    queryClient.setQueryData(authKeys.portalInfo('demo'), portalInfo);
    queryClient.setQueryData(authKeys.staffMe, staff(null));
    queryClient.setQueryData(authKeys.staffMe, null);
    expect(clocks).toEqual(['America/Los_Angeles', 'America/Los_Angeles', undefined]);
  });

  it('ignores every other answer', () => {
    const { queryClient, applied } = watchedCache();
    queryClient.setQueryData(['service-requests', 'list'], []);
    expect(applied).toEqual([]);
  });
});
