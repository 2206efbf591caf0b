/**
 * Makes a company's portal installable and able to open without a signal: its manifest (the company's name and
 * colour), and the service worker (`web/public/portal-sw.js`) that keeps the app and the company's public brand,
 * never what the customer reads, so nothing needs clearing on sign-out. Returns the undoing, for leaving the portal.
 */
export function registerPortalApp(slug: string, logoUrl: string | null): () => void {
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = `/api/portal/${encodeURIComponent(slug)}/manifest`;
  document.head.append(manifest);
  // A browser that refuses service workers (a private window) still runs the portal while online.
  if ('serviceWorker' in navigator) {
    const keep = () =>
      navigator.serviceWorker.ready
        .then((registration) => registration.active?.postMessage({ type: 'keep', urls: [...loadedFiles(slug), ...(logoUrl ? [logoUrl] : [])] }))
        .catch(() => undefined);
    // What the page fetches between naming its files and the worker taking control passes the worker by: the
    // files are named once more when it takes control.
    navigator.serviceWorker.addEventListener('controllerchange', keep, { once: true });
    navigator.serviceWorker.register('/portal-sw.js', { scope: '/portal/' }).then(keep, () => undefined);
    return () => {
      navigator.serviceWorker.removeEventListener('controllerchange', keep);
      manifest.remove();
    };
  }
  return () => manifest.remove();
}

/** What this page fetched before the worker controlled it, which the worker keeps too; it ignores anything else. */
function loadedFiles(slug: string): string[] {
  const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
  return [...fetched, `/api/portal/${encodeURIComponent(slug)}`];
}
