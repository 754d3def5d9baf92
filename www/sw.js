/* Døgnplasskalkulatoren, service worker: after one visit every page and embed view of this
   build works without a network. The build step (scripts/build/make-sw.mjs) fills in CACHE, named
   by the release id and the build's content hash, and FILES, every file of the build; a page is
   always served from one build's cache, so files of two builds never mix. A new build waits
   until the reader chooses to load it (the page offers it) or the next visit. Nothing is sent
   anywhere.
   A site keeps each data release in its own folder (r/<id>/) and the newest at its root; each
   folder has its own worker, scope and cache. The cache's name ends with the scope, and a worker
   clears only older caches of its own scope: activating one release never deletes another's. */
const BUILD = 'dognplass-dev';
const CACHE = `${BUILD} ${self.registration.scope}`;
const FILES = [];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((key) => key.startsWith('dognplass-') && key.endsWith(` ${self.registration.scope}`) && key !== CACHE)
      .map((key) => caches.delete(key)),
  )));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The site's note of its newest release (model::release), from this release's folder or the
  // widget's root: always asked of the network, never cached. When there is no answer (offline,
  // a missing file) the page gets an empty one and shows nothing.
  if (url.pathname.endsWith('/latest.json')) {
    event.respondWith(fetch(request).then((r) => (r.ok ? r : new Response(null, { status: 204 })), () => new Response(null, { status: 204 })));
    return;
  }
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    // A page is the same file whatever its query: the widget's state lives in the address.
    const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
    return hit || fetch(request);
  }));
});
