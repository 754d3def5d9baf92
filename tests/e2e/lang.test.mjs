// Languages, themes and accessibility (issue 7): axe-core WCAG 2.2 AA in every language × theme
// × view and with the assumptions open and a chart as a table; the language and theme switches;
// pre-rendered pages per language without JavaScript; a host's accent colour kept only where it
// reads; a keyboard-only walk; 200 % zoom at 360 px without sideways scrolling of the page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { launch } from './chromium.mjs';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.DIST_DIR ?? join(here, '..', '..', 'dist'));
const ARTIFACTS = join(here, 'artifacts');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LANGS = [['nb', ''], ['nn', 'nn/'], ['en', 'en/']];
const HEADINGS = { nb: 'Døgnplasser steg for steg', nn: 'Døgnplassar steg for steg', en: 'Inpatient places step by step' };

let browser;
let server;

before(async () => {
  assert.ok(existsSync(join(DIST, 'en', 'index.html')), `no English pages in ${DIST}: run trunk build index.html --release first`);
  server = await serve(DIST);
  browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A mounted page; `done()` checks there were no errors and closes it. */
async function open(path, viewport = { width: 1100, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url + path);
  await page.waitForSelector('[data-testid="app"][data-mounted="true"]', { timeout: 20000 });
  const done = async () => {
    assert.deepEqual(errors, []);
    await context.close();
  };
  return { page, done };
}

async function axe(page, what) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  assert.deepEqual(result.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
}

test('axe finds nothing in any language, theme or view, with the panel open and a table shown', async () => {
  for (const [lang, prefix] of LANGS) {
    for (const theme of ['light', 'dark']) {
      for (const view of ['', 'compact/']) {
        const { page, done } = await open(`/${prefix}${view}?region=helse-vest&theme=${theme}${view ? '&view=compact' : ''}`);
        const what = `${lang} ${theme} ${view || 'full'}`;
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang, what);
        assert.equal(await page.locator('[data-testid="app"]').getAttribute('lang'), lang, what);
        assert.match(await page.locator('[data-testid="steps-table"] caption').textContent(), new RegExp(`^${HEADINGS[lang]}`), what);
        await axe(page, what);
        if (!view) {
          await page.click('[data-testid="assumptions"] > summary');
          await page.click('[data-testid="switch-map"]');
          await page.click('[data-testid="switch-waterfall"]');
          await axe(page, `${what}, panel open, tables`);
        }
        if (theme === 'dark' && !view) await page.screenshot({ path: join(ARTIFACTS, `lang-${lang}-dark.png`) });
        await done();
      }
    }
  }
});

test('the language switch translates in place, keeps the choices, and comes back', async () => {
  const { page, done } = await open('/?region=helse-nord&fbv=120');
  const after = () => page.locator('[data-testid="step-after"] [data-testid="value"]').innerText();
  const before = await after();
  await page.click('[data-testid="lang-en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('h1').innerText(), 'Døgnplasskalkulatoren');
  assert.match(await page.locator('[data-testid="summary"]').innerText(), /^In Helse Nord, .* inpatient places/);
  assert.match(await page.title(), /inpatient places/);
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
  assert.equal(new URL(page.url()).searchParams.get('fbv'), '120');
  // The same number, in English typography.
  assert.equal((await after()).replace(/[\s\u00a0,.]/g, ''), before.replace(/[\s\u00a0,.]/g, ''));
  assert.equal(await page.locator('[data-testid="lang-en"]').getAttribute('aria-current'), 'true');
  await page.click('[data-testid="lang-nn"]');
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  assert.match(await page.locator('[data-testid="summary"]').innerText(), /døgnplassar/);
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // Norway's own name in each language.
  await page.click('[data-testid="region-norge"]');
  assert.equal(await page.locator('[data-testid="region-name"]').innerText(), 'Norway');
  await done();
});

test('pre-rendered pages exist per language and read without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [lang, prefix] of LANGS) {
    await page.goto(`${server.url}/${prefix}helse-vest/`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.match(await page.locator('[data-testid="steps-table"] caption').textContent(), new RegExp(`^${HEADINGS[lang]}`));
    // Relative in the page (the site works at any path), the region's file once resolved.
    const oembed = await page.locator(`link[rel="alternate"][type="application/json+oembed"]`).evaluate((link) => link.href);
    assert.equal(new URL(oembed).pathname, `/oembed/helse-vest-${lang}.json`);
  }
  await context.close();
});

test('the theme switch and a host accent colour', async () => {
  const { page, done } = await open('/');
  await page.selectOption('[data-testid="theme"]', 'dark');
  await page.waitForFunction(() => document.querySelector('[data-testid="app"]').classList.contains('theme-dark'));
  assert.equal(new URL(page.url()).searchParams.get('theme'), 'dark');
  const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(paper, 'rgb(21, 25, 30)');
  await done();
  // A dark red brand reads on white, not on the dark paper: used in light, default in dark.
  const linkColour = async (path) => {
    const { page: p, done: d } = await open(path);
    const colour = await p.evaluate(() => getComputedStyle(document.querySelector('a.ref')).color);
    const notice = await p.locator('[data-testid="notice"]').count();
    await d();
    return [colour, notice];
  };
  assert.deepEqual(await linkColour('/?accent=c00000&theme=light'), ['rgb(192, 0, 0)', 0]);
  // It does not read on the dark paper: the dark theme keeps its own accent, with no notice
  // (the colour still serves the light theme).
  assert.deepEqual(await linkColour('/?accent=c00000&theme=dark'), ['rgb(140, 196, 255)', 0]);
  // A mid grey reads in neither theme: not used, one notice.
  assert.deepEqual(await linkColour('/?accent=808080&theme=light'), ['rgb(31, 78, 121)', 1]);
  assert.deepEqual(await linkColour('/?accent=nonsense&theme=light'), ['rgb(31, 78, 121)', 1]);
});

test('a keyboard-only walk: regions, a scenario, an assumption, a source', async () => {
  const { page, done } = await open('/?theme=light');
  const active = () => page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.tagName.toLowerCase()} ${el?.getAttribute('name') ?? ''} ${el?.getAttribute('data-testid') ?? ''} ${el?.className ?? ''}`;
  });
  /** Presses Tab until the focused element matches `pattern`; fails after `limit` presses. */
  const tabTo = async (pattern, limit = 400, key = 'Tab') => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press(key);
      if (pattern.test(await active())) return;
    }
    assert.fail(`no ${pattern} within ${limit} ${key} presses (at ${await active()})`);
  };
  await tabTo(/dp-region/);
  const names = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('ArrowRight');
    names.push(await page.locator('[data-testid="region-name"]').innerText());
  }
  assert.deepEqual(names, ['Helse Sør-Øst', 'Helse Vest', 'Helse Midt-Norge', 'Helse Nord']);
  // Focus is visible: an outline on the focused radio's label.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement.nextElementSibling).outlineStyle);
  assert.notEqual(outline, 'none');
  await tabTo(/dp-scenario/);
  await page.keyboard.press('ArrowRight');
  // The address follows the render, a turn of the event loop after the key.
  await page.waitForFunction(() => new URL(location.href).searchParams.has('scenario'));
  assert.equal(new URL(page.url()).searchParams.get('scenario'), 'stans');
  // Space presses a button: a chart switches to its table.
  await tabTo(/switch-waterfall/);
  await page.keyboard.press(' ');
  assert.equal(await page.locator('[data-testid="switch-waterfall"]').getAttribute('aria-pressed'), 'true');
  // Back with Shift+Tab to the regions, then on to the assumptions. Between them: the bridge's
  // switch, its source marks (one per source the figures rest on, about 20 since data release
  // 2026-12-08), the copy button and the scenarios.
  await tabTo(/dp-region/, 40, 'Shift+Tab');
  await tabTo(/^summary/);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="assumptions"][open]');
  await tabTo(/^input/);
  const valueBefore = await page.evaluate(() => document.activeElement.value);
  await page.keyboard.press('ArrowLeft');
  assert.notEqual(await page.evaluate(() => document.activeElement.value), valueBefore);
  // A source mark opens its entry in the source list.
  await tabTo(/^a .* ref/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#kilde-'));
  const target = await page.evaluate(() => document.getElementById(location.hash.slice(1))?.tagName);
  assert.equal(target, 'LI');
  // The announcement: once the numbers settle, screen readers hear the new summary.
  await page.waitForFunction(() => document.querySelector('[data-testid="announce"]').textContent
    === document.querySelector('[data-testid="summary"]').textContent, null, { timeout: 5000 });
  await done();
});

test('200 % zoom at 360 px: no sideways scrolling of the page, in every language', async () => {
  for (const [lang, prefix] of LANGS) {
    // 360 device pixels at 200 % zoom lay out 180 CSS pixels.
    const { page, done } = await open(`/${prefix}?region=helse-sor-ost`, { width: 180, height: 700 });
    await page.click('[data-testid="assumptions"] > summary');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${lang}: the page scrolls ${overflow}px sideways at 180 CSS px`);
    if (lang === 'nb') await page.screenshot({ path: join(ARTIFACTS, 'zoom-200.png'), fullPage: false });
    await done();
  }
});

test('reduced motion: no transitions when the reader asks for none', async () => {
  const duration = async (reducedMotion) => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(`${server.url}/?region=helse-vest`);
    await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
    const value = await page.evaluate(() => getComputedStyle(document.querySelector('.plot rect')).transitionDuration);
    await context.close();
    return value;
  };
  assert.equal(await duration('reduce'), '0s');
  assert.notEqual(await duration('no-preference'), '0s');
});
