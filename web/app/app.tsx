import { RouterProvider } from '@tanstack/react-router';
import { useLayoutEffect } from 'react';
import { Providers } from './providers.tsx';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';

const queryClient = createQueryClient(() => void router.invalidate());
const router = createAppRouter(queryClient);

let followAddressUntilDrawn: (() => void) | null = null;

/**
 * Starts the first page's checks, data and files before React has drawn anything, so they arrive
 * while the app's own words load; the router then finds them done (or under way) and does not ask again.
 * Until the router's own component is there to follow the address, it is followed here: a redirect or
 * a Back press before the first draw would otherwise leave the page on the address it started from.
 */
export function startFirstPage(): void {
  // A function of its own: the history keeps a set, and the router's component subscribes `router.load` itself.
  followAddressUntilDrawn = router.history.subscribe((change) => void router.load(change));
  router.load().catch(console.error);
}

export function App() {
  // Runs after the router's component has subscribed to the address itself (a child's effects run first).
  useLayoutEffect(() => {
    followAddressUntilDrawn?.();
    followAddressUntilDrawn = null;
  }, []);
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  );
}
