// End-to-end tests of the release build (dist/) in Debian's Chromium through playwright-core:
// every region's numbers, keyboard use, axe-core, no request off 127.0.0.1, no cookies, no
// console errors, and screenshots saved as artifacts.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
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
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
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

const value = (page, row) => page.locator(`[data-testid="${row}"] [data-testid="value"]`).innerText();

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
      assert.equal(await value(page, 'step-before'), `1${NBSP}139`);
      assert.equal(await value(page, 'step-tender'), 'minst 134');
      assert.match(await page.locator('[data-testid="breakdown-table"]').innerText(), /739 → 605/);
      assert.match(await page.locator('[data-testid="breakdown-table"]').innerText(), /\+ 30/);
    }
    if (id === 'helse-nord') assert.equal(await value(page, 'step-tender'), '4');
    if (id === 'norge') {
      assert.equal(await value(page, 'check-cut-named'), '400');
      assert.equal(await value(page, 'step-fbv'), `≈${NBSP}148`);
      assert.match(await page.locator('[data-testid="step-fbv"]').innerText(), /100–200/);
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
