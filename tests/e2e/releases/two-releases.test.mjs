// Two data releases side by side, as docs/data-release.md publishes them
// (scripts/check/releases.sh builds the site and runs this file): an older release under
// r/<old>/ that differs in one seeded figure (Tronvik's cut in Helse Vest, 15 → 25 places), and
// the newest under r/<new>/ and at the root, served by nginx in a sub-folder. The older release
// keeps its numbers and shows one line, "Nyere tall finnes …", in room held from the first
// paint, linking to the same view in the newest; embed code names the release it was taken
// from; the check says nothing offline, on a 404, or in the single-file copy.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../chromium.mjs';
import { startNginx } from '../../../scripts/deploy/nginx.mjs';

const SITE = process.env.RELEASES_SITE;
const OLD = process.env.OLD_RELEASE;
const NEW = process.env.NEW_RELEASE;
const PREFIX = '/grafikk/dognplass/';

let browser;
let server;
let host;
const hostPages = new Map();

before(async () => {
  assert.ok(SITE && OLD && NEW, 'run by scripts/check/releases.sh (RELEASES_SITE, OLD_RELEASE, NEW_RELEASE)');
  server = await startNginx({ dist: SITE, prefix: PREFIX });
  // A newsroom's article on another origin.
  host = createServer((req, res) => {
    const page = hostPages.get(req.url);
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  host?.close();
});

/** A release's date as the footer writes it in bokmål: "22. november 2026". */
const nbDate = (id) => {
  const [y, m, d] = id.slice(0, 10).split('-').map(Number);
  const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
  return `${d}. ${months[m - 1]} ${y}`;
};
const hostUrl = () => `http://127.0.0.1:${host.address().port}`;
const mounted = (page) => page.waitForSelector('[data-testid="app"][data-mounted="true"]');
// textContent: in the compact view the steps table waits behind its switch, and innerText is
// empty for what is not shown.
const after_ = (page) => page.locator('[data-testid="step-after"] [data-testid="value"]').textContent();
const number = (text) => Number(text.replace(/[^\d]/g, ''));

/** A page that reports every problem: 4xx/5xx answers, page errors, console errors. */
async function watched(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  return { page, problems };
}

test('the newest release, at the root and in its folder, shows no note and pins its embed code', async () => {
  const context = await browser.newContext();
  const { page, problems } = await watched(context);
  for (const path of ['helse-vest/', `r/${NEW}/helse-vest/`]) {
    // The check has answered: the site's latest.json names this release.
    const asked = page.waitForResponse((r) => r.url() === `${server.base}latest.json`);
    await page.goto(`${server.base}${path}`);
    await mounted(page);
    assert.equal((await (await asked).json()).release, NEW);
    await page.waitForTimeout(300);
    assert.equal(await page.getAttribute('[data-testid="newer"]', 'data-shown'), 'false', path);
    assert.match(await page.innerText('[data-testid="release"]'), new RegExp(NEW.slice(-8)));
    await page.click('[data-testid="embed-builder"] summary');
    const code = await page.locator('[data-testid="embed-code-1"]').inputValue();
    assert.ok(code.includes(`src="${server.base}r/${NEW}/helse-vest/compact/`), code);
    assert.ok(code.includes(`<script src="${server.base}r/${NEW}/embed.js"`), code);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the older release keeps its numbers, and says that newer ones exist, linking to the same view', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const { page, problems } = await watched(context);
  await page.goto(`${server.base}helse-vest/compact/?theme=dark`);
  await mounted(page);
  const newest = number(await after_(page));
  await page.goto(`${server.base}r/${OLD}/helse-vest/compact/?theme=dark`);
  await mounted(page);
  const line = page.locator('[data-testid="newer"][data-shown="true"]');
  await line.waitFor();
  // Its own numbers: ten places fewer after the cuts, the one figure that differs.
  const old = number(await after_(page));
  assert.equal(old, newest - 10, `old ${old}, newest ${newest}`);
  assert.ok((await page.innerText('[data-testid="release"]')).includes(`Datautgave ${nbDate(OLD)} (${OLD.slice(-8)})`));
  assert.equal(await line.innerText(), `Nyere tall finnes (datautgave ${nbDate(NEW)}) – se oppdatert versjon`);
  const link = line.locator('a');
  // The same page and the same state (the link also names the page's own region and view).
  const href = new URL(await link.getAttribute('href'));
  assert.equal(`${href.origin}${href.pathname}`, `${server.base}r/${NEW}/helse-vest/compact/`);
  assert.deepEqual(Object.fromEntries(href.searchParams), { region: 'helse-vest', view: 'compact', theme: 'dark' });
  assert.equal(await link.getAttribute('target'), '_blank');
  // The link opens the same view in the newest release, which has no note.
  const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await mounted(opened);
  assert.equal(number(await after_(opened)), newest);
  assert.ok(await opened.evaluate(() => document.querySelector('.dp').classList.contains('theme-dark')));
  assert.equal(await opened.getAttribute('[data-testid="newer"]', 'data-shown'), 'false');
  // The embed code taken from the older release names the older release.
  await page.goto(`${server.base}r/${OLD}/helse-vest/`);
  await mounted(page);
  await page.click('[data-testid="embed-builder"] summary');
  assert.ok((await page.locator('[data-testid="embed-code-0"]').inputValue()).includes(`src="${server.base}r/${OLD}/helse-vest/compact/`));
  await page.locator('[data-testid="newer"] a').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(import.meta.dirname, '..', 'artifacts', 'old-release-newer-line.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('embedded in an article, the older release keeps its numbers and its height when the line appears', async () => {
  // The article embeds what the older release's "Bygg inn" panel gave at the time.
  const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
  const { page, problems } = await watched(context);
  await page.goto(`${server.base}r/${OLD}/helse-vest/`);
  await mounted(page);
  await page.click('[data-testid="embed-builder"] summary');
  const code = await page.locator('[data-testid="embed-code-1"]').inputValue();
  hostPages.set('/artikkel.html', `<!doctype html><html lang="nb"><meta charset="utf-8"><title>Artikkel</title>
<link rel="icon" href="data:,"><body style="margin:0;font:16px/1.5 sans-serif"><p>Ingress.</p>${code}<p id="after">Resten av artikkelen.</p></body></html>`);
  const heights = {};
  for (const blocked of [true, false]) {
    if (blocked) await context.route('**/latest.json', (route) => route.abort());
    else await context.unroute('**/latest.json');
    await page.goto(`${hostUrl()}/artikkel.html`);
    const frame = page.frameLocator('iframe[data-dognplass]');
    await frame.locator('[data-testid="app"][data-mounted="true"]').waitFor();
    if (!blocked) await frame.locator('[data-testid="newer"][data-shown="true"]').waitFor();
    await page.waitForTimeout(500);
    assert.equal(await frame.locator('[data-testid="newer"]').getAttribute('data-shown'), String(!blocked));
    heights[blocked] = {
      frame: await page.evaluate(() => document.querySelector('iframe[data-dognplass]').getBoundingClientRect().height),
      after: await page.evaluate(() => document.getElementById('after').getBoundingClientRect().top),
      value: await frame.locator('[data-testid="step-after"] [data-testid="value"]').innerText(),
    };
  }
  // The line takes room held from the first paint: the frame and the article do not move.
  assert.deepEqual(heights[false], heights[true]);
  assert.ok(heights[false].frame > 300, `the host script sized the frame: ${heights[false].frame}`);
  // An aborted request is the browser's own report; nothing else went wrong.
  assert.deepEqual(problems.filter((p) => !/latest\.json|ERR_FAILED/.test(p)), []);
  await context.close();
});

test('offline, on a missing latest.json and in the single-file copy the older release says nothing', async () => {
  const context = await browser.newContext();
  const { page, problems } = await watched(context);
  const latestAsked = [];
  page.on('request', (r) => { if (r.url().endsWith('latest.json')) latestAsked.push(r.url()); });
  // The single-file copy, opened from disk as it is meant to be, never asks.
  await page.goto(`file://${join(SITE, 'r', OLD, 'dognplass-offline.html')}`);
  await mounted(page);
  await page.waitForTimeout(500);
  assert.equal(await page.locator('[data-testid="newer"]').count(), 0);
  assert.deepEqual(latestAsked, []);
  // Offline (after a first visit, served by the release's worker): no request, no line.
  await page.goto(`${server.base}r/${OLD}/helse-vest/`);
  await mounted(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  latestAsked.length = 0;
  await page.reload();
  await mounted(page);
  await page.waitForTimeout(500);
  assert.equal(await page.getAttribute('[data-testid="newer"]', 'data-shown'), 'false');
  assert.deepEqual(latestAsked, []);
  await context.setOffline(false);
  // latest.json missing: the worker answers for it, and nothing shows or is logged.
  renameSync(join(SITE, 'latest.json'), join(SITE, 'latest.json.away'));
  try {
    await page.reload();
    await mounted(page);
    await page.waitForTimeout(500);
    assert.equal(await page.getAttribute('[data-testid="newer"]', 'data-shown'), 'false');
    assert.ok(latestAsked.length > 0, 'the check asked');
  } finally {
    renameSync(join(SITE, 'latest.json.away'), join(SITE, 'latest.json'));
  }
  assert.deepEqual(problems, []);
  // Each release's worker keeps its own cache: the older release's survives the newest's.
  await page.goto(`${server.base}helse-vest/`);
  await mounted(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const scopes = await page.evaluate(async () => (await caches.keys()).map((k) => k.split(' ')[1]).sort());
  assert.deepEqual(scopes, [server.base, `${server.base}r/${OLD}/`].sort());
  await context.close();
});
