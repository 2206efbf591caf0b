/** The service worker's cache of what the field app last read; see `web/public/field-sw.js`. */
const dataCache = 'porter-field-data';

/**
 * Makes the field app installable and able to open without a signal: its manifest, and the
 * service worker that keeps the app and the visits last read on the phone.
 */
export function registerFieldApp(): void {
  if (!document.querySelector('link[rel="manifest"]')) {
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = '/field.webmanifest';
    document.head.append(link);
  }
  // A browser that refuses service workers (a private window) still runs the app while online.
  if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/field-sw.js', { scope: '/field' }).catch(() => undefined);
}

/** On sign-out: the next person to use this phone must not open the visits the last one read. */
export async function forgetFieldData(): Promise<void> {
  if ('caches' in window) await caches.delete(dataCache);
}
