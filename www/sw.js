/* Døgnplasskalkulatoren, service worker: after one visit every page and embed view of this
   build works without a network. The build step (scripts/build/make-sw.mjs) fills in CACHE, named
   by the data release date and the build's content hash, and FILES, every file of the build; a
   page is always served from one build's cache, so files of two builds never mix. A new build waits until the reader
   chooses to load it (the page offers it) or the next visit. Nothing is sent anywhere. */
const CACHE = 'dognplass-dev';
const FILES = [];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((key) => key.startsWith('dognplass-') && key !== CACHE).map((key) => caches.delete(key)),
  )));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    // A page is the same file whatever its query: the widget's state lives in the address.
    const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
    return hit || fetch(request);
  }));
});
