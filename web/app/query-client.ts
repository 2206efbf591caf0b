import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-client.ts';
import { authKeys } from '../features/auth/api/query-keys.ts';

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * A 401 on any data request means the session ended (expired, or signed out in another tab). Forget who we
 * thought was signed in and let the route guards send the person to the right sign-in page.
 */
export function createQueryClient(onSessionEnded: () => void): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!isApiError(error, 401) || query.queryKey[0] === authKeys.all[0]) return;
        queryClient.removeQueries({ queryKey: authKeys.all });
        onSessionEnded();
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
