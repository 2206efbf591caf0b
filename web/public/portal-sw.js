// The customer portal's service worker. A returning customer's portal opens from this phone when the
// network does not answer: the app itself, and the company's public brand (name, colour, logo), so
// the page can say, in the company's colours, that it is offline. Nothing a signed-in customer reads
// is kept here: the next person on the same phone must never see it.

// Replaced at build time by a hash of the build's index.html (scripts/service-worker.ts): each build
// is a new worker with its own caches, and the old build's are deleted when it takes over.
const build = '__PORTER_BUILD__';
const cachePrefix = 'porter-portal-';
const shellCache = `${cachePrefix}shell-${build}`;
const brandCache = `${cachePrefix}brand-${build}`;
// Every page of the portal is the same single-page shell; it is kept under this one key.
const shellPage = '/portal/';
// Files outside assets/ that index.html loads; they are revalidated, so they are read network-first.
const shellFiles = ['/favicon.svg', '/color-scheme.js'];
// The company's public portal info and its logo: the same answer for every visitor.
const publicBrand = [/^\/api\/portal\/[a-z0-9-]+$/, /^\/api\/portal\/[a-z0-9-]+\/logo$/];

const isAsset = (url) => url.origin === self.location.origin && url.pathname.startsWith('/assets/');
const isPublicBrand = (url) => url.origin === self.location.origin && publicBrand.some((pattern) => pattern.test(url.pathname));

/** The shell and the files it names, read fresh from the server for this build. */
async function cacheShell() {
  const cache = await caches.open(shellCache);
  const response = await fetch(shellPage, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`The portal shell answered ${response.status}`);
  const html = await response.clone().text();
  const named = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  await cache.addAll([...new Set([...named, ...shellFiles])]);
  await cache.put(shellPage, response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = new Set([shellCache, brandCache]);
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(cachePrefix) && !current.has(name)).map((name) => caches.delete(name)));
      // The page's request leaves while this worker starts, not after: a returning phone waits for one, not both.
      await self.registration.navigationPreload?.enable();
      await self.clients.claim();
    })(),
  );
});

// The answer goes to the page as soon as it comes; the copy is kept beside it (`waitUntil` holds the worker open).
async function networkFirst(event, cacheName, key = event.request) {
  const cache = await caches.open(cacheName);
  try {
    const response = (await event.preloadResponse) ?? (await fetch(event.request));
    if (response.ok) event.waitUntil(cache.put(key, response.clone()));
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(event, cacheName) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(event.request);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok) event.waitUntil(cache.put(event.request, response.clone()));
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate') return event.respondWith(networkFirst(event, shellCache, shellPage));
  // Named by content hash: a cached copy is always the right one.
  if (isAsset(url)) return event.respondWith(cacheFirst(event, shellCache));
  if (url.origin === self.location.origin && shellFiles.includes(url.pathname)) return event.respondWith(networkFirst(event, shellCache));
  // The logo's address changes with each upload; the portal info is read fresh whenever the network answers.
  if (isPublicBrand(url)) return event.respondWith(url.pathname.endsWith('/logo') ? cacheFirst(event, brandCache) : networkFirst(event, brandCache));
});

// The page loaded its first files before this worker controlled it: it names them, and they are kept
// too. Only the shell's own files and the public brand are accepted, whatever a page asks.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep' || !Array.isArray(event.data.urls)) return;
  const urls = event.data.urls.flatMap((href) => {
    try {
      return [new URL(href, self.location.origin)];
    } catch {
      return [];
    }
  });
  event.waitUntil(
    Promise.all(
      urls.map(async (url) => {
        const cacheName = isAsset(url) ? shellCache : isPublicBrand(url) ? brandCache : null;
        if (!cacheName) return;
        const cache = await caches.open(cacheName);
        if (await cache.match(url.href)) return;
        const response = await fetch(url.href).catch(() => null);
        if (response?.ok) await cache.put(url.href, response);
      }),
    ),
  );
});
