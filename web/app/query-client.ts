import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-client.ts';
import { setCompanyClock } from '../lib/format.ts';
import { applyLanguage } from '../lib/i18n.ts';
import { authKeys } from '../features/auth/api/query-keys.ts';
import { followSignedInLanguageAndClock } from './language-sync.ts';

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

function isAccessRevoked(error: unknown): boolean {
  return isApiError(error) && error.code === 'access_revoked';
}

/**
 * A 401 on any data request means the session ended (expired, or signed out in another tab); `access_revoked`
 * on any portal request, read or write, means the office locked this customer contact out. Either way, forget who
 * we thought was signed in and let the route guards send the person to the right sign-in page, which for a locked
 * contact says why (the guard's own check of the session records the server's message).
 */
export function createQueryClient(onSessionEnded: () => void): QueryClient {
  const endSession = () => {
    queryClient.removeQueries({ queryKey: authKeys.all });
    onSessionEnded();
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] === authKeys.all[0]) return;
        if (isApiError(error, 401) || isAccessRevoked(error)) endSession();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isAccessRevoked(error)) endSession();
      },
    }),
    // 'always': never wait silently for the browser to report a connection (it can be wrong either way); try,
    // and let a failure say so, so no spinner turns forever.
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
  followSignedInLanguageAndClock(queryClient, (chosen, company) => {
    applyLanguage(chosen, company?.defaultLanguage);
    setCompanyClock(company?.timeZone ?? null);
  });
  return queryClient;
}
