import { RouterProvider } from '@tanstack/react-router';
import { Providers } from './providers.tsx';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';

const queryClient = createQueryClient(() => void router.invalidate());
const router = createAppRouter(queryClient);

/**
 * Starts the first page's checks, data and files before React has drawn anything, so they arrive
 * while the app's own words load; the router then finds them done (or under way) and does not ask again.
 */
export function startFirstPage(): void {
  router.load().catch(console.error);
}

export function App() {
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  );
}
