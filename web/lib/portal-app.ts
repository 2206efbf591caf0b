/**
 * Lets a returning customer's portal open from this phone: the service worker (`web/public/portal-sw.js`) keeps
 * the app and the company's public brand, never what the customer reads, so nothing needs clearing on sign-out.
 */
export function registerPortalApp(slug: string, logoUrl: string | null): void {
  // A browser that refuses service workers (a private window) still runs the portal while online.
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('/portal-sw.js', { scope: '/portal/' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active?.postMessage({ type: 'keep', urls: [...loadedFiles(slug), ...(logoUrl ? [logoUrl] : [])] }))
    .catch(() => undefined);
}

/** What this page fetched before the worker controlled it, which the worker keeps too; it ignores anything else. */
function loadedFiles(slug: string): string[] {
  const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
  return [...fetched, `/api/portal/${encodeURIComponent(slug)}`];
}
