// The field app's service worker. Technicians open Porter where the signal is poor: the app itself
// and the visits it last showed come from this phone when the network does not answer. Writes are
// never cached here; the page keeps them in its own queue until they can be sent.
// Replaced at build time by the build's name (scripts/service-worker.ts): a new build is a new worker,
// and the shell kept for the one before is deleted when it takes over.
const shellPrefix = 'porter-field-shell-';
const shellCache = `${shellPrefix}__PORTER_BUILD__`;
// Cleared by the page when the person signs out, so the next person sees none of it.
const dataCache = 'porter-field-data';
const shellPage = '/field';

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(shellPrefix) && name !== shellCache).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

async function networkFirst(request, cacheName, fallbackUrl) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallbackUrl ?? request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(fallbackUrl ?? request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Every page of the field app is the same single-page shell.
  if (request.mode === 'navigate') return event.respondWith(networkFirst(request, shellCache, shellPage));
  // Named by content hash: a cached copy is always the right one.
  if (url.pathname.startsWith('/assets/')) return event.respondWith(cacheFirst(request, shellCache));
  if (url.pathname === '/api/auth/me' || url.pathname.startsWith('/api/field/')) return event.respondWith(networkFirst(request, dataCache));
});
