import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { ErrorFallback } from '../components/error-fallback.tsx';
import { NotFoundView } from '../components/not-found-view.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { routeTree } from './route-tree.tsx';

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Data freshness is React Query's job; the router should always ask it.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PageLoader,
    defaultErrorComponent: ErrorFallback,
    defaultNotFoundComponent: () => <NotFoundView />,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
