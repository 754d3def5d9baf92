// Offline (issue 6, first part): after one visit the full page and an embed view work with the
// network off, including a reload; a new build is offered, then replaces the old cache whole.
// Served from a copy of the release build so the "new build" can be written in place.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, launchProfile } from './chromium.mjs';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.DIST_DIR ?? join(here, '..', '..', 'dist'));

let browser;
let server;
let root;

before(async () => {
  assert.ok(existsSync(join(DIST, 'sw.js')), `no release build with a service worker at ${DIST}`);
  root = mkdtempSync(join(tmpdir(), 'dognplass-offline-'));
  cpSync(DIST, root, { recursive: true });
  server = await serve(root);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const mounted = (page) => page.waitForSelector('[data-testid="app"][data-mounted="true"]', { timeout: 20000 });
const regionName = (page) => page.locator('[data-testid="region-name"]').innerText();

test('after one visit, pages and embed views work offline, also after a reload', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/`);
  await mounted(page);
  // The worker has cached the whole build.
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    return { names, count: (await cache.keys()).length };
  });
  assert.equal(cached.names.length, 1);
  // Named by the release id, the build's content hash and the worker's scope.
  assert.equal(cached.names[0].replace(/^dognplass-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}-[0-9a-f]{12} /, ''), `${server.url}/`);
  const listed = JSON.parse(readFileSync(join(root, 'sw.js'), 'utf8').match(/const FILES = (\[.*\]);/)[1]);
  assert.equal(cached.count, listed.length);
  await context.setOffline(true);
  await page.reload();
  await mounted(page);
  await page.click('[data-testid="region-helse-vest"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="region-name"]')?.textContent === 'Helse Vest');
  assert.match(await page.locator('[data-testid="step-after"] [data-testid="value"]').innerText(), /272/);
  // An embed view that was never opened online, with a query: served from the cache.
  await page.goto(`${server.url}/helse-sor-ost/compact/?region=helse-sor-ost&view=compact&fbv=200`);
  await mounted(page);
  assert.equal(await regionName(page), 'Helse Sør-Øst');
  assert.equal(await page.locator('[data-testid="chart-waterfall"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new build is offered, and loading it replaces the old cache and no other release\'s', async () => {
  const NEXT = 'dognplass-2026-12-01-0000ffff-0000000000ff';
  // Another release's folder (r/<id>/) has a worker and a cache of its own.
  const OTHER = `dognplass-2026-10-01-aaaaaaaa-000000000000 ${server.url}/r/2026-10-01-aaaaaaaa/`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await mounted(page);
  const before = await page.evaluate(async () => { await navigator.serviceWorker.ready; return caches.keys(); });
  await page.evaluate(async (other) => (await caches.open(other)).put('/r/2026-10-01-aaaaaaaa/', new Response('old release')), OTHER);
  // The control comes from the worker on the next load.
  await page.reload();
  await mounted(page);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
  // A new build: another cache name in sw.js (as make-sw.mjs writes for changed files).
  const sw = join(root, 'sw.js');
  const source = readFileSync(sw, 'utf8');
  const changed = source.replace(/const BUILD = 'dognplass-[\d-]{11}[0-9a-f]{8}-[0-9a-f]{12}';/, `const BUILD = '${NEXT}';`);
  assert.notEqual(changed, source);
  writeFileSync(sw, changed);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForSelector('[data-testid="update"] button', { timeout: 20000 });
  // The new build is cached beside the old one, which keeps serving until the reader chooses.
  const next = `${NEXT} ${server.url}/`;
  assert.deepEqual((await page.evaluate(() => caches.keys())).sort(), [...before, OTHER, next].sort());
  await Promise.all([page.waitForEvent('load'), page.click('[data-testid="update"] button')]);
  await mounted(page);
  // The old build's cache is gone; the other release's is kept.
  await page.waitForFunction(async (kept) => (await caches.keys()).sort().join('|') === kept, [OTHER, next].sort().join('|'));
  assert.equal(await page.locator('[data-testid="update"]').count(), 0);
  await context.close();
});

test('the page is installable: its manifest parses and every icon it lists loads', async () => {
  // A real profile: Chromium does not offer installation in incognito contexts.
  const context = await launchProfile(mkdtempSync(join(tmpdir(), 'dognplass-profile-')));
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await mounted(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, [], 'manifest errors');
  const icons = JSON.parse(manifest.data).icons;
  assert.ok(icons.some((i) => i.sizes === '512x512' && i.type === 'image/png'));
  for (const icon of icons) {
    const response = await page.request.get(new URL(icon.src, server.url).href);
    assert.equal(response.status(), 200, icon.src);
    assert.equal(response.headers()['content-type'].split(';')[0], icon.type, icon.src);
  }
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  await context.close();
});
