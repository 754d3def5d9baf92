// The budgets a browser has to measure (shared/BUDGETS.md). P11: the compact embed with its
// default parts is at most 1 000 px tall at 360 px wide, for every region and language.
// P1b and P3: what a page asks for before the widget answers, recorded from a
// real load in Chromium: every resource the page requested before the `interactive` mark (set
// from Rust when the first result is on screen), the page's own HTML excluded. The list goes to
// artifacts/interactive-requests.json; the test command's next stage sums the brotli bytes of
// those files (scripts/check/size-check.mjs --interactive) and holds them to the budget and the
// ceiling. Service workers are blocked, so the precache after the mark cannot mix in.
// P3 is checked here too: nothing but the HTML blocks rendering, and the glue and the wasm are
// asked for by the HTML itself (its preloads), beside the loader, not after it has run.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './chromium.mjs';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.DIST_DIR ?? join(here, '..', '..', 'dist'));
const ARTIFACTS = join(here, 'artifacts');
/** The two kinds of page the budgets name: an embed's compact page and the full front page. */
const PAGES = { compact: '/helse-vest/compact/', full: '/' };
/** P11, in CSS pixels, and the frame height the embed code starts with (model::publish). */
const COMPACT_MAX = 1000;
const LANGS = ['', 'nn/', 'en/'];
const REGIONS = ['', 'helse-sor-ost/', 'helse-vest/', 'helse-midt-norge/', 'helse-nord/'];

let browser;
let server;
const recorded = {};

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `no release build at ${DIST}`);
  server = await serve(DIST);
  browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (Object.keys(recorded).length === Object.keys(PAGES).length) {
    writeFileSync(join(ARTIFACTS, 'interactive-requests.json'), JSON.stringify(recorded, null, 2) + '\n');
  }
});

for (const [kind, path] of Object.entries(PAGES)) {
  test(`${kind} page ${path}: what it loads before it is interactive, and nothing render-blocking`, async () => {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    // Who started each request, as Chromium tells its DevTools: the HTML parser or a script.
    const cdp = await context.newCDPSession(page);
    const started = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!started.has(e.request.url)) started.set(e.request.url, { initiator: e.initiator.type, blocking: e.renderBlockingBehavior });
    });
    await cdp.send('Network.enable');
    await page.goto(server.url + path);
    await page.waitForSelector('[data-testid="app"][data-mounted="true"]', { timeout: 20000 });
    const entries = await page.evaluate(() => {
      const mark = performance.getEntriesByName('interactive', 'mark')[0];
      return {
        mark: mark?.startTime ?? null,
        resources: performance.getEntriesByType('resource').map((e) => ({
          url: e.name,
          start: e.startTime,
          blocking: e.renderBlockingStatus,
        })),
      };
    });
    await context.close();
    assert.notEqual(entries.mark, null, 'the page set the interactive mark');
    const before = entries.resources.filter((e) => e.start <= entries.mark);
    const files = before.map((e) => {
      const url = new URL(e.url);
      assert.equal(url.origin, server.url, `${e.url}: only the widget's own origin`);
      return url.pathname.slice(1);
    });
    // The loader, the glue and the wasm at least; each a file of the build.
    for (const pattern of [/^boot-[0-9a-f]+\.js$/, /^dognplass-[0-9a-f]+\.js$/, /^dognplass-[0-9a-f]+_bg\.wasm$/]) {
      assert.ok(files.some((f) => pattern.test(f)), `${path}: ${pattern} before interactive (${files.join(', ')})`);
    }
    for (const file of files) assert.ok(existsSync(join(DIST, file)), `${file} is in the build`);
    // P3: the HTML is the only thing that holds the first paint …
    assert.deepEqual(before.filter((e) => e.blocking === 'blocking').map((e) => e.url), [], 'render-blocking requests');
    assert.deepEqual([...started].filter(([, s]) => s.blocking === 'Blocking').map(([url]) => url), [], 'requests Chromium counts as render-blocking');
    // … and the parser starts the loader, the glue and the wasm side by side (the preloads),
    // so none waits for another to arrive and run.
    for (const pattern of [/boot-[0-9a-f]+\.js$/, /dognplass-[0-9a-f]+\.js$/, /_bg\.wasm$/]) {
      const url = before.find((e) => pattern.test(e.url))?.url;
      assert.equal(started.get(url)?.initiator, 'parser', `${url} is requested by the HTML itself`);
    }
    recorded[kind] = { page: path, requests: [...new Set(files)].sort() };
  });
}

test(`P11: every compact page is at most ${COMPACT_MAX} px tall at 360 px wide, and its steps table is one click away`, async () => {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const heights = {};
  for (const lang of LANGS) {
    for (const region of REGIONS) {
      const path = `/${lang}${region}compact/`;
      await page.goto(server.url + path);
      await page.waitForSelector('[data-testid="app"][data-mounted="true"]', { timeout: 20000 });
      // What a frame sized to its content would be: the document's height.
      heights[path] = await page.evaluate(() => document.documentElement.scrollHeight);
      // The default parts are there, each with its accessible name.
      for (const part of ['region-picker', 'summary', 'chart-waterfall', 'steps-table']) {
        assert.equal(await page.locator(`[data-testid="${part}"]`).count(), 1, `${path}: ${part}`);
      }
      assert.ok((await page.locator('[data-testid="region-picker"] legend').textContent()).length > 0, `${path}: the picker's name`);
      assert.ok((await page.locator('[data-testid="steps-table"] caption').textContent()).length > 0, `${path}: the table's name`);
      assert.ok(await page.locator('#region-name').textContent(), `${path}: the section's name`);
    }
  }
  writeFileSync(join(ARTIFACTS, 'compact-heights.json'), JSON.stringify(heights, null, 2) + '\n');
  const over = Object.entries(heights).filter(([, h]) => h > COMPACT_MAX);
  assert.deepEqual(over, [], `compact pages over ${COMPACT_MAX} px at 360 px`);
  // The steps table's numbers and their sources: one click on its switch shows them.
  await page.goto(`${server.url}/helse-vest/compact/`);
  await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
  const after = page.locator('[data-testid="step-after"] [data-testid="value"]');
  assert.equal(await after.isVisible(), false, 'the table waits behind its switch');
  await page.click('[data-testid="steps-more"] > summary');
  assert.equal(await after.innerText(), '≈\u00a0272');
  assert.ok(await page.locator('[data-testid="step-after"] a.ref').first().isVisible(), 'the sources of a row');
  await page.screenshot({ path: join(ARTIFACTS, 'compact-360-steps-open.png'), fullPage: true });
  await context.close();
});
