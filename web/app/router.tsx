import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { ErrorFallback } from '../components/error-fallback.tsx';
import { NotFoundView } from '../components/not-found-view.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { routeTree } from './route-tree.tsx';

/**
 * Settles once the browser has painted the next frame, or at once when nothing is being painted (a hidden tab
 * draws no frames). Work started after it cannot hold back the answer to the tap that started it.
 */
function afterNextPaint(): Promise<void> {
  if (document.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function createAppRouter(queryClient: QueryClient) {
  const router = createRouter({
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
  // A page whose data is at hand is drawn in one go, inside the tap that asked for it (the router's state is read
  // through useSyncExternalStore, which React never spreads over several frames). Waiting for the next paint lets the
  // phone show the tap first; the page follows a frame later. A hold that always lets the navigation through.
  router.history.block({ blockerFn: () => afterNextPaint().then(() => false), enableBeforeUnload: false });
  return router;
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
