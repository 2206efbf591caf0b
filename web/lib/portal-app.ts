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
  if (!('serviceWorker' in navigator)) return () => manifest.remove();
  const keep = (urls: string[]) =>
    navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: 'keep', urls })).catch(() => undefined);
  // A file whose fetch began before the worker took control passes the worker by, even when it arrives after, so
  // every file the page loads is named to the worker as it arrives, those before this point included. The worker
  // keeps only the app's own files and the public brand, and skips what it already has.
  const loaded = new PerformanceObserver((entries) => {
    const urls = entries.getEntries().map((entry) => entry.name).filter(isAppFile);
    if (urls.length > 0) void keep(urls);
  });
  loaded.observe({ type: 'resource', buffered: true });
  void keep([`/api/portal/${encodeURIComponent(slug)}`, ...(logoUrl ? [logoUrl] : [])]);
  navigator.serviceWorker.register('/portal-sw.js', { scope: '/portal/' }).catch(() => undefined);
  return () => {
    loaded.disconnect();
    manifest.remove();
  };
}

function isAppFile(href: string): boolean {
  const url = new URL(href, window.location.origin);
  return url.origin === window.location.origin && url.pathname.startsWith('/assets/');
}
