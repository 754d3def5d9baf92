// End-to-end tests of the release build (dist/) in Debian's Chromium through playwright-core:
// every region's numbers, keyboard use, axe-core, no request off 127.0.0.1, no cookies, no
// console errors, and screenshots saved as artifacts.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './chromium.mjs';
import AxeBuilder from '@axe-core/playwright';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.DIST_DIR ?? join(here, '..', '..', 'dist'));
const ARTIFACTS = join(here, 'artifacts');
const NBSP = '\u00a0';
const REGIONS = [
  ['norge', 'Norge'],
  ['helse-sor-ost', 'Helse Sør-Øst'],
  ['helse-vest', 'Helse Vest'],
  ['helse-midt-norge', 'Helse Midt-Norge'],
  ['helse-nord', 'Helse Nord'],
];
const STEPS = ['step-before', 'step-fbv', 'step-tender', 'step-comp', 'step-after', 'step-change'];

let browser;
let server;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `no release build at ${DIST}: run trunk build index.html --release first`);
  server = await serve(DIST);
  browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context and page that records requests and errors; `check()` asserts on them. */
async function open(path = '/', viewport = { width: 1200, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(server.url + path);
  await page.waitForSelector('[data-testid="app"][data-mounted="true"]', { timeout: 20000 });
  const check = async () => {
    const foreign = requests.filter((u) => !u.startsWith(server.url + '/') && !/^(data|blob):/.test(u));
    assert.deepEqual(foreign, [], 'requests left 127.0.0.1');
    assert.deepEqual(errors, [], 'console or page errors');
    assert.deepEqual(await context.cookies(), [], 'cookies were set');
    await context.close();
  };
  return { page, check, requests };
}

// The text of a row's value. textContent, not innerText: rows far down the full page are laid
// out only when they come near the view (content-visibility in www/style.css), and innerText
// is empty for what is not laid out.
const value = (page, row) => page.locator(`[data-testid="${row}"] [data-testid="value"]`).textContent();

test('every region shows its numbers', async () => {
  const { page, check } = await open();
  const after = new Set();
  for (const [id, name] of REGIONS) {
    await page.click(`[data-testid="region-${id}"]`);
    await page.waitForFunction((n) => document.querySelector('[data-testid="region-name"]')?.textContent === n, name);
    for (const row of STEPS) {
      const text = await value(page, row);
      assert.ok(text.trim().length > 0, `${id} ${row} empty`);
      assert.doesNotMatch(text, /NaN|undefined|inf/i, `${id} ${row}: ${text}`);
    }
    after.add(await value(page, 'step-after'));
    assert.ok((await page.locator('[data-testid="sources"] li').count()) >= 8, `${id}: sources`);
    assert.ok(await page.locator('[data-testid="legend"]').isVisible());
    assert.equal(await page.locator('[data-testid="observed-2017"]').count(), 1);
    assert.equal(await page.locator('[data-testid="observed-2025"]').count(), 1);
    if (id === 'helse-sor-ost') {
      // 1 139 public and contracted + 121 FBV places; the tender counts 0 (up to 67 in 2025).
      assert.equal(await value(page, 'step-before'), `≈${NBSP}1${NBSP}260`);
      assert.equal(await value(page, 'step-tender'), `≈${NBSP}0`);
      assert.match(await page.locator('[data-testid="breakdown-table"]').textContent(), /739 → 605/);
      assert.match(await page.locator('[data-testid="breakdown-table"]').textContent(), /stanset 16\. mai 2025, av tingretten/);
      assert.match(await page.locator('[data-testid="breakdown-table"]').textContent(), /Loland, Sørlandet \(30 plasser\)/);
      assert.match(await page.locator('[data-testid="status-note"]').innerText(), /kutt på 134 plasser, kunngjort 19\. januar 2024/);
    }
    // 91 → 87 in May 2021 is history: shown, not subtracted.
    if (id === 'helse-nord') assert.equal(await value(page, 'step-tender'), '0');
    if (id === 'norge') {
      assert.equal(await value(page, 'check-cut-named'), '400');
      assert.equal(await value(page, 'step-fbv'), `≈${NBSP}183`);
      assert.match(await page.locator('[data-testid="step-fbv"]').textContent(), /148–200/);
      // The corrections log, with the date the sources were last checked.
      assert.match(await page.locator('[data-testid="corrections"]').textContent(), /1\u00a0983 → 2\u00a0019 plasser/);
      assert.match(await page.locator('[data-testid="release"]').textContent(), /Kilder sjekket 8\. desember 2026/);
    }
  }
  assert.ok(after.size >= 4, `places after should differ between regions: ${[...after]}`);
  await check();
});

test('the region picker works from the keyboard', async () => {
  const { page, check } = await open();
  await page.focus('[data-testid="region-norge"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('[data-testid="region-name"]')?.textContent === 'Helse Sør-Øst');
  assert.equal(await page.locator('[data-testid="region-helse-sor-ost"]').isChecked(), true);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('[data-testid="region-name"]')?.textContent === 'Helse Vest');
  await check();
});

test('a region in the address is honoured, a bad one gives one notice and the default', async () => {
  const good = await open('/?region=helse-midt-norge');
  assert.equal(await good.page.locator('[data-testid="region-name"]').innerText(), 'Helse Midt-Norge');
  await good.check();
  const bad = await open('/?region=%3Cscript%3E');
  assert.equal(await bad.page.locator('[data-testid="region-name"]').innerText(), 'Norge');
  assert.equal(await bad.page.locator('[data-testid="notice"]').count(), 1);
  assert.match(await bad.page.locator('[data-testid="notice"]').innerText(), /<script>/);
  await bad.check();
});

test('every region fits desktop and phone widths: no table or cell is cut off or scrolls sideways', async () => {
  for (const viewport of [{ width: 1200, height: 900 }, { width: 390, height: 844 }]) {
    const { page, check } = await open('/', viewport);
    for (const [id, name] of REGIONS) {
      await page.click(`[data-testid="region-${id}"]`);
      await page.waitForFunction((n) => document.querySelector('[data-testid="region-name"]')?.textContent === n, name);
      const wide = await page.evaluate(() => [...document.querySelectorAll('[data-testid="app"] :is(.scroll, table, section, td, th)')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className || '-'} ${e.scrollWidth}>${e.clientWidth}`));
      assert.deepEqual(wide, [], `${viewport.width}px ${id}`);
    }
    await check();
  }
});

test('axe-core finds no WCAG 2.2 AA violations', async () => {
  for (const viewport of [{ width: 1200, height: 900 }, { width: 390, height: 844 }]) {
    const { page, check } = await open('/', viewport);
    for (const id of ['norge', 'helse-vest']) {
      await page.click(`[data-testid="region-${id}"]`);
      await page.waitForTimeout(50);
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const report = result.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
      assert.deepEqual(report, [], `${viewport.width}px ${id}`);
    }
    await check();
  }
});

test('screenshots for people to look at', async () => {
  for (const [name, viewport, region] of [
    ['widget-desktop.png', { width: 1200, height: 900 }, 'helse-sor-ost'],
    ['widget-phone.png', { width: 390, height: 844 }, 'helse-vest'],
  ]) {
    const { page, check } = await open(`/?region=${region}`, viewport);
    await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
    // No horizontal scrolling of the page itself at this width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: page scrolls sideways by ${overflow}px`);
    await check();
  }
});

// ---------------------------------------------------------------------------------------------
// The calculator: assumptions, scenarios, years and the address.

const query = (page) => new URL(page.url()).search;
const openPanel = async (page) => {
  if (!(await page.locator('[data-testid="assumptions"]').evaluate((d) => d.open))) {
    await page.click('[data-testid="assumptions"] > summary');
  }
};

test('dragging a slider changes the numbers and the address; back undoes it', async () => {
  const { page, check } = await open('/?region=helse-sor-ost');
  await openPanel(page);
  // FBV places are a part of the base that the closure removes: the slider moves the base and
  // the change, not the places after (2025, all FBV places gone).
  const before = await value(page, 'step-change');
  const slider = page.locator('[data-testid="slider-fbv"]');
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.5, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.95, y, { steps: 20 });
  await page.mouse.up();
  await page.waitForFunction((b) => document.querySelector('[data-testid="step-change"] [data-testid="value"]')?.innerText !== b, before);
  // The address holds the drag's last value (written when the drag ends), not a step before.
  const dragged = await page.locator('[data-testid="number-fbv"]').inputValue();
  assert.match(dragged, /^2\d\d$/);
  await page.waitForFunction((v) => new URLSearchParams(location.search).get('fbv') === v, dragged);
  assert.match(query(page), /region=helse-sor-ost/);
  assert.equal(await page.locator('[data-testid="scenario-egne"]').isChecked(), true);
  assert.match(await page.locator('[data-testid="summary"]').innerText(), /Egne tall/);
  // The charts wait during the drag and catch up when it ends: the bridge's after bar reads the
  // steps table's value.
  const afterDrag = await page.locator('[data-testid="step-after"] [data-testid="value"]').innerText();
  await page.waitForFunction((a) => [...document.querySelectorAll('[data-testid="chart-waterfall"] text.value')].at(-1)?.textContent === a, afterDrag);
  // One history entry for the whole drag: back returns to the address before it.
  await page.goBack();
  await page.waitForFunction((b) => document.querySelector('[data-testid="step-change"] [data-testid="value"]')?.innerText === b, before);
  assert.equal(query(page), '?region=helse-sor-ost');
  await page.goForward();
  await page.waitForFunction((b) => document.querySelector('[data-testid="step-after"] [data-testid="value"]')?.innerText !== b, before);
  await check();
});

test('one slider step by key or by a click on the track is one history entry', async () => {
  const { page, check } = await open('/?region=helse-vest');
  await openPanel(page);
  const slider = page.locator('[data-testid="slider-fbv"]');
  const fbv = () => new URLSearchParams(location.search).get('fbv');
  // A key press: one entry with the new value; back returns to the address before it.
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => new URLSearchParams(location.search).has('fbv'));
  const keyed = await page.evaluate(fbv);
  assert.equal(await page.locator('[data-testid="number-fbv"]').inputValue(), keyed);
  // A click on the track far from the thumb: another entry.
  const box = await slider.boundingBox();
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height / 2);
  await page.waitForFunction((k) => new URLSearchParams(location.search).get('fbv') !== k, keyed);
  const clicked = await page.evaluate(fbv);
  assert.equal(await page.locator('[data-testid="number-fbv"]').inputValue(), clicked);
  await page.goBack();
  await page.waitForFunction((k) => new URLSearchParams(location.search).get('fbv') === k, keyed);
  assert.equal(await page.locator('[data-testid="number-fbv"]').inputValue(), keyed);
  await page.goBack();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('fbv'));
  assert.equal(query(page), '?region=helse-vest');
  await check();
});

test('an address with edited assumptions is applied exactly', async () => {
  const path = '/?region=helse-sor-ost&year=2024&compare=stans&fbv=200&unknown-hso=20&cost=2';
  const { page, check } = await open(path);
  // 2024: 1 139 public and contracted + 132 FBV places (200 × 66 %) − the same 132 closed + 30
  // (Loland, counted through 2024) = 1 169; the tender and the public hospitals' cuts (where the
  // assumed 20 go) are dated January 2025.
  assert.equal(await value(page, 'step-after'), `≈${NBSP}1${NBSP}169`);
  assert.equal(await value(page, 'step-before'), `≈${NBSP}1${NBSP}271`);
  assert.equal(await page.locator('[data-testid="number-fbv"]').inputValue(), '200');
  assert.equal(await page.locator('[data-testid="number-cost"]').inputValue(), '2,00');
  assert.equal(await page.locator('[data-testid="year"]').inputValue(), '2024');
  assert.equal(await page.locator('[data-testid="compare-table"]').count(), 1);
  assert.match(await page.locator('[data-testid="summary"]').innerText(), /i 2024 enn i 2022/);
  assert.equal(await page.locator('[data-testid="notice"]').count(), 0);
  assert.equal(query(page), new URL(server.url + path).search, 'the address is kept as given');
  await check();
});

test('garbage in the address gives one notice, the defaults and no console error', async () => {
  for (const bad of ['?fbv=NaN', '?cost=1e999&stay-after=-1', '?fbv=%00%FF&occupancy=Infinity', `?fbv=${'9'.repeat(500)}`,
    '?region=helse-vest&region=helse-nord&year=abc', '?scenario=%3Cb%3E&compare=x', `?${'a=1&'.repeat(300)}`]) {
    const { page, check } = await open('/' + bad);
    assert.equal(await page.locator('[data-testid="notice"]').count(), 1, bad);
    const summary = await page.locator('[data-testid="summary"]').innerText();
    assert.doesNotMatch(summary, /NaN|inf|undefined/i, bad);
    const all = await page.locator('[data-testid="app"]').innerText();
    assert.doesNotMatch(all, /NaN|Infinity|undefined/, bad);
    await check();
  }
});

test('a typed bad value is refused next to its control and the last good value is kept', async () => {
  const { page, check } = await open('/?region=helse-vest');
  await openPanel(page);
  const field = page.locator('[data-testid="number-cost"]');
  await field.fill('1,9');
  await field.press('Enter');
  await page.waitForFunction(() => location.search.includes('cost=1.9'));
  for (const text of ['abc', '-2', '99', 'NaN', '']) {
    await field.fill(text);
    await field.press('Enter');
    await page.waitForSelector('[data-testid="error-cost"]');
    assert.equal(await field.getAttribute('aria-invalid'), 'true', text);
    assert.match(query(page), /cost=1\.9(&|$)/, `kept after ${JSON.stringify(text)}`);
  }
  await page.click('[data-testid="reset-cost"]');
  await page.waitForFunction(() => !location.search.includes('cost='));
  assert.equal(await field.inputValue(), '1,75');
  assert.equal(await page.locator('[data-testid="error-cost"]').count(), 0);
  await check();
});

test('every control works from the keyboard alone', async () => {
  const { page, check } = await open('/');
  await openPanel(page);
  const sliders = await page.locator('[data-testid^="slider-"]').evaluateAll((els) => els.map((e) => e.dataset.testid));
  assert.ok(sliders.length >= 20, `sliders on Norway: ${sliders.length}`);
  for (const id of sliders) {
    const key = id.slice('slider-'.length);
    const slider = page.locator(`[data-testid="${id}"]`);
    const start = await slider.inputValue();
    await slider.focus();
    await page.keyboard.press(Number(start) >= Number(await slider.getAttribute('max')) ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForFunction((k) => new URLSearchParams(location.search).has(k), key);
    assert.notEqual(await slider.inputValue(), start, key);
  }
  // Scenario radios, the year and the comparison.
  await page.focus('[data-testid="scenario-egne"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.search.includes('scenario=vedtatt'));
  await page.focus('[data-testid="year"]');
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => location.search.includes('year=2024'));
  await page.focus('[data-testid="compare"]');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => location.search.includes('compare='));
  // Reset all from the keyboard.
  await page.focus('[data-testid="reset-all"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !/fbv=|cost=/.test(location.search));
  await check();
});

test('axe-core finds no violations with the panel open, a comparison and an error shown', async () => {
  for (const viewport of [{ width: 1200, height: 900 }, { width: 390, height: 844 }]) {
    const { page, check } = await open('/?region=helse-sor-ost&compare=framskrivning&fbv=150', viewport);
    await openPanel(page);
    await page.fill('[data-testid="number-fbv"]', 'x');
    await page.press('[data-testid="number-fbv"]', 'Enter');
    await page.waitForSelector('[data-testid="error-fbv"]');
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const report = result.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
    assert.deepEqual(report, [], `${viewport.width}px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${viewport.width}px: page scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: join(ARTIFACTS, `calculator-${viewport.width}.png`), fullPage: true });
    await check();
  }
});

test('the copy button copies the summary sentence', async () => {
  const { page, check } = await open('/?region=helse-vest');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.click('[data-testid="copy"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="copy-status"]')?.textContent === 'Kopiert');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator('[data-testid="summary"]').innerText());
  assert.match(copied, /^I Helse Vest er det anslagsvis \d+ færre døgnplasser/);
  await check();
});

// ---------------------------------------------------------------------------------------------
// Charts and the map.

const regionName = (page) => page.locator('[data-testid="region-name"]').innerText();
const waitRegion = (page, name) => page.waitForFunction((n) => document.querySelector('[data-testid="region-name"]')?.textContent === n, name);

test('clicking a region on the map or in the comparison selects it', async () => {
  const { page, check } = await open('/');
  await page.click('[data-testid="chart-map"] [data-region="helse-vest"] path');
  await waitRegion(page, 'Helse Vest');
  assert.match(query(page), /region=helse-vest/);
  assert.equal(await page.locator('[data-testid="chart-map"] [data-region="helse-vest"]').getAttribute('aria-pressed'), 'true');
  await page.click('[data-testid="chart-rates"] [data-region="helse-nord"] .name');
  await waitRegion(page, 'Helse Nord');
  await page.click('[data-testid="chart-rates"] [data-region="norge"] .name');
  await waitRegion(page, 'Norge');
  // The bridge follows the selection: Norway's after bar reads the steps table's after value.
  const after = await value(page, 'step-after');
  const bars = await page.locator('[data-testid="chart-waterfall"] text.value').allTextContents();
  assert.equal(bars.length, 5);
  assert.equal(bars[4], after);
  await check();
});

test('the map works from the keyboard and keeps the focus', async () => {
  const { page, check } = await open('/');
  await page.focus('[data-testid="chart-map"] [data-region="helse-midt-norge"]');
  await page.keyboard.press('Enter');
  await waitRegion(page, 'Helse Midt-Norge');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-region'));
  assert.equal(await focused(), 'helse-midt-norge');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'helse-nord');
  await page.keyboard.press(' ');
  await waitRegion(page, 'Helse Nord');
  assert.equal(await focused(), 'helse-nord');
  // Space selected without scrolling the page away.
  assert.equal(await page.locator('[data-testid="chart-map"] [data-region="helse-nord"]').getAttribute('aria-pressed'), 'true');
  await check();
});

test('each chart switches to a table with the same numbers and back', async () => {
  const { page, check } = await open('/?region=helse-sor-ost');
  // One point per measured NPR year (nine in the shipped export, 2017–2025).
  const points = await page.locator('[data-testid="chart-timeline"] svg circle').count();
  assert.ok(points >= 9, `${points} points`);
  for (const name of ['waterfall', 'rates', 'timeline', 'map']) {
    const fig = page.locator(`[data-testid="chart-${name}"]`);
    assert.equal(await fig.locator('svg').count(), 1, name);
    await page.click(`[data-testid="switch-${name}"]`);
    await page.waitForFunction((n) => document.querySelector(`[data-testid="chart-${n}"] table`), name);
    assert.equal(await fig.locator('svg').count(), 0, name);
    assert.equal(await page.locator(`[data-testid="switch-${name}"]`).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), `switch-${name}`);
  }
  const rows = (name) => page.locator(`[data-testid="chart-${name}"] tbody tr`).count();
  assert.equal(await rows('waterfall'), 5);
  assert.equal(await rows('rates'), 5);
  assert.equal(await rows('timeline'), points + 2);
  assert.equal(await rows('map'), 4);
  // The table's after value is the steps table's.
  const tableAfter = await page.locator('[data-testid="chart-waterfall"] tbody tr:last-child td').innerText();
  assert.ok(tableAfter.startsWith(await value(page, 'step-after')), tableAfter);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="chart-map"] svg'));
  await check();
});

test('the bridge follows an edited assumption', async () => {
  const { page, check } = await open('/?region=norge');
  const fbvBar = () => page.locator('[data-testid="chart-waterfall"] text.value').nth(1).textContent();
  assert.match(await fbvBar(), /183/);
  await openPanel(page);
  await page.fill('[data-testid="number-fbv"]', '250');
  await page.press('[data-testid="number-fbv"]', 'Enter');
  await page.waitForFunction(() => /250/.test(document.querySelectorAll('[data-testid="chart-waterfall"] text.value')[1]?.textContent ?? ''));
  assert.match(await page.locator('[data-testid="chart-waterfall"] [data-testid="description"]').innerText(), /−250 da godkjenningsordningen/);
  await check();
});

test('axe-core finds no violations in the charts, as figures and as tables, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, colorScheme });
    const page = await context.newPage();
    await page.goto(server.url + '/?region=helse-vest');
    await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
    for (const view of ['figures', 'tables']) {
      if (view === 'tables') {
        for (const name of ['waterfall', 'rates', 'timeline', 'map']) await page.click(`[data-testid="switch-${name}"]`);
        await page.waitForFunction(() => document.querySelectorAll('[data-testid="charts"] table').length === 4);
      }
      const result = await new AxeBuilder({ page })
        .include('[data-testid="charts"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const report = result.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
      assert.deepEqual(report, [], `${colorScheme} ${view}`);
    }
    await context.close();
  }
});

test('charts fit 360 px and 1024 px columns; screenshots saved', async () => {
  for (const width of [360, 1024]) {
    const { page, check } = await open('/?region=helse-sor-ost', { width, height: 900 });
    // Every chart's drawing stays inside its figure, and every label inside its drawing.
    const out = await page.evaluate(() => {
      const bad = [];
      for (const svg of document.querySelectorAll('[data-testid="charts"] svg')) {
        const box = svg.getBoundingClientRect();
        const fig = svg.closest('figure').getBoundingClientRect();
        if (box.right > fig.right + 1 || box.left < fig.left - 1) bad.push(`svg ${box.left}-${box.right} in ${fig.left}-${fig.right}`);
        for (const t of svg.querySelectorAll('text')) {
          const r = t.getBoundingClientRect();
          if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
            bad.push(`${svg.closest('figure').dataset.testid} "${t.textContent}" ${Math.round(r.left)}-${Math.round(r.right)} outside ${Math.round(box.left)}-${Math.round(box.right)}`);
          }
        }
      }
      return bad;
    });
    assert.deepEqual(out, [], `${width}px`);
    await page.locator('[data-testid="charts"]').screenshot({ path: join(ARTIFACTS, `charts-${width}.png`) });
    await check();
  }
});

test('printing gives the region, its charts, table and sources on A4 without controls', async () => {
  const { page, check } = await open('/?region=helse-vest');
  await page.emulateMedia({ media: 'print' });
  const shown = (sel) => page.locator(sel).first().evaluate((e) => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0);
  for (const sel of ['[data-testid="region-picker"]', '[data-testid="scenario-picker"]', '[data-testid="assumptions"]', '[data-testid="embed-builder"]', '[data-testid="switch-waterfall"]', '[data-testid="copy"]']) {
    assert.equal(await shown(sel), false, `${sel} is printed`);
  }
  for (const sel of ['[data-testid="region-name"]', '[data-testid="summary"]', '[data-testid="chart-waterfall"] svg', '[data-testid="steps-table"]', '[data-testid="sources"]', '[data-testid="chart-map"] .credit']) {
    assert.equal(await shown(sel), true, `${sel} is not printed`);
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  writeFileSync(join(ARTIFACTS, 'print-helse-vest.pdf'), pdf);
  await check();
});
