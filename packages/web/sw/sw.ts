// The service worker: hashed assets cache-first, pages and API reads network-first with the cached copy as the
// fallback, so today's program opens without a connection. Writes are never cached: the app queues them itself
// (offline/queue.ts) and re-sends them with their idempotency key.
declare const self: ServiceWorkerGlobalScope;

// The build replaces the marker with the list of built files (vite.config.ts).
const PRECACHE = JSON.parse('__TANDEM_PRECACHE__') as string[];
/** A hash of the file list (FNV-1a): each release gets its own cache, and activate deletes the ones before it. Hashed
 * file names keep their length from release to release, so the list's length alone would not tell releases apart. */
const release = PRECACHE.join('|')
  .split('')
  .reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5);
const STATIC = `tandem-static-${release.toString(36)}`;
const DATA = 'tandem-data';

self.addEventListener('install', (event) => {
  // The page itself is served only to a request that asks for HTML (the server's other paths are the API's).
  const requests = PRECACHE.map((url) => (url === '/' ? new Request(url, { headers: { accept: 'text/html' } }) : url));
  event.waitUntil(
    caches
      .open(STATIC)
      .then((cache) => cache.addAll(requests))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith('tandem-static-') && key !== STATIC) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  // Signing out forgets the cached copies of the client's data on this device.
  if (event.data === 'forget-data') event.waitUntil(caches.delete(DATA));
});

/** [P] On a bad connection, a saved copy after this long beats waiting on: the phone is as good as offline. */
const SLOW_NETWORK_MS = 6000;

async function networkFirst(request: Request, cacheName: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone());
    return response;
  });
  const slow = new Promise<'slow'>((resolve) => {
    setTimeout(() => {
      resolve('slow');
    }, SLOW_NETWORK_MS);
  });
  try {
    const first = await Promise.race([network, slow]);
    if (first !== 'slow') return first;
    const cached = await cache.match(request);
    return cached ?? (await network);
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Who is signed in is kept too, so the app opens offline; signing out deletes it with the rest (forget-data).
  if (url.pathname.startsWith('/api/v1/auth/') && url.pathname !== '/api/v1/auth/me') return;
  if (url.pathname.startsWith('/api/v1/')) {
    event.respondWith(networkFirst(request, DATA));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ??
          fetch(request).then(async (response) => {
            if (response.ok) await (await caches.open(STATIC)).put(request, response.clone());
            return response;
          }),
      ),
    );
  } else if (request.mode === 'navigate') {
    // Every route of the app is the same page: fall back to the cached shell.
    event.respondWith(
      fetch(request).catch(async () => (await caches.match('/', { ignoreVary: true })) ?? Response.error()),
    );
  }
});
export {};
