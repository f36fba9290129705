// sw.js keeps the served page working offline: it caches the page, its stylesheet and scripts,
// the wasm engine, the manifest and the icons. Requests for them go to the network first, so a
// rebuilt page is picked up at once, and fall back to the cache when the network is not there.
// It never handles another origin's requests, and dist/annotator.html (opened from disk) has no
// service worker at all.
'use strict';
const CACHE = 'article-annotator-v1';
const FILES = ['./', 'index.html', 'style.css', 'wasm_exec.js', 'loader.js', 'annotator.wasm',
  'manifest.webmanifest', 'icon-192.png', 'icon-512.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(fetch(req).then((resp) => {
    if (resp.ok) {
      const copy = resp.clone();
      caches.open(CACHE).then((c) => c.put(req, copy));
    }
    return resp;
  }).catch(() => caches.match(req, { ignoreSearch: true }).then((hit) => hit || Response.error())));
});
