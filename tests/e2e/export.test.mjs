// Take-away (issue 6): "Last ned tall" (CSV and JSON equal the table on screen), "Last ned
// figur" (SVG valid and self-contained with title, sources and release; PNG at twice the size),
// and the single-file copy, which runs from disk with the network blocked and makes no request.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from './chromium.mjs';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.DIST_DIR ?? join(here, '..', '..', 'dist'));
const ARTIFACTS = join(here, 'artifacts');
// File names carry the data release's month (scripts/release.sh sets the release date).
const RELEASE = () => JSON.parse(readFileSync(join(DIST, 'latest.json'), 'utf8')).date;
const MONTH = () => RELEASE().slice(0, 7);
// The release date as the footer writes it in bokmål: "22\. november 2026", for a RegExp.
const RELEASE_NB = () => {
  const [y, m, d] = RELEASE().split('-').map(Number);
  const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
  return `${d}\\. ${months[m - 1]} ${y}`;
};

let browser;
let server;

before(async () => {
  assert.ok(existsSync(join(DIST, 'dognplass-offline.html')), `no single-file copy in ${DIST}: run trunk build index.html --release first`);
  server = await serve(DIST);
  browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const mounted = (page) => page.waitForSelector('[data-testid="app"][data-mounted="true"]', { timeout: 20000 });

/** A page of the release build that records errors; `done()` asserts there were none. */
async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url + path);
  await mounted(page);
  await page.evaluate(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const done = async () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'CSP violations');
    await context.close();
  };
  return { page, done };
}

/** Clicks `selector` and returns the download's suggested name and bytes. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Records and fields of `;`-separated text with quotes. */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') { record.push(field); field = ''; } else if (c === '\n') { record.push(field); records.push(record); record = []; field = ''; } else if (c !== '\r') field += c;
  }
  return records;
}

/** A value cell as the CSV writes it: `≈ 1 234` → `1234`, `−20,4` → `-20,4`. */
const asCsv = (shown) => shown.replace(/^(minst\s+)?(≈\s*)?/u, '').replace(/[\s\u00a0]/g, '').replace('\u2212', '-').replace(/^\+/, '');

// The table's test ids and the exports' row ids.
const ROWS = [
  ['step-before', 'before'], ['step-fbv', 'fbv'], ['step-tender', 'cuts'], ['step-comp', 'compensation'],
  ['step-after', 'after'], ['step-change', 'change'], ['per100k-before', 'per100k-before'],
  ['per100k-after', 'per100k-after'], ['projection', 'projection'],
];

/** The central value of each row of the steps table on screen, keyed by export id. */
async function shown(page) {
  const values = {};
  for (const [testid, id] of ROWS) {
    const text = await page.locator(`[data-testid="steps-table"] [data-testid="${testid}"] [data-testid="value"]`).innerText();
    values[id] = asCsv(text.replace(/\s*\(.*\)$/, ''));
  }
  return values;
}

test('CSV and JSON hold the numbers on screen, for two regions and two scenarios', async () => {
  const { page, done } = await open('/');
  for (const region of ['helse-vest', 'helse-nord']) {
    for (const scenario of ['vedtatt', 'stans']) {
      await page.click(`[data-testid="region-${region}"]`);
      await page.click(`[data-testid="scenario-${scenario}"]`);
      await page.waitForFunction((r) => document.querySelector('[data-testid="app"]') && location.search.includes(r), region);
      const onScreen = await shown(page);
      const csv = await download(page, '[data-testid="download-csv"]');
      assert.equal(csv.name, `dognplasser-${region}-${MONTH()}.csv`);
      assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
      const records = parseCsv(csv.bytes.toString('utf8').slice(1));
      assert.deepEqual(records[1].slice(0, 1), ['Datautgave']);
      const head = records.findIndex((r) => r[0] === 'Område' && r.length === 12);
      assert.ok(head > 0, 'column row');
      const rows = Object.fromEntries(records.slice(head + 1, head + 11).map((r) => [r[3], r]));
      for (const [, id] of ROWS) assert.equal(rows[id][7], onScreen[id], `${region} ${scenario} ${id}`);
      const name = await page.locator('[data-testid="region-name"]').innerText();
      assert.equal(rows.after[0], name);
      // Every cited source is listed with its title.
      const listed = records.slice(records.findIndex((r) => r[0] === 'Kilde-id') + 1).map((r) => r[0]);
      for (const r of Object.values(rows)) for (const id of r[11].split(', ').filter(Boolean)) assert.ok(listed.includes(id), id);
      const json = await download(page, '[data-testid="download-json"]');
      assert.equal(json.name, `dognplasser-${region}-${MONTH()}.json`);
      const data = JSON.parse(json.bytes.toString('utf8'));
      assert.equal(data.region.id, region);
      for (const row of data.scenarios[0].rows) {
        if (onScreen[row.id] !== undefined) assert.equal(String(row.value), String(Number(onScreen[row.id].replace(',', '.'))), `JSON ${row.id}`);
      }
    }
  }
  await page.locator('[data-testid="downloads"]').screenshot({ path: join(ARTIFACTS, 'downloads.png') });
  await page.locator('[data-testid="chart-waterfall"]').screenshot({ path: join(ARTIFACTS, 'figure-buttons.png') });
  await done();
});

test('a figure downloads as a self-contained SVG and as a PNG at twice its size', async () => {
  const { page, done } = await open('/?region=helse-vest');
  const svg = await download(page, '[data-testid="export-waterfall-svg"]');
  assert.equal(svg.name, `dognplasser-helse-vest-fra-for-til-etter-${MONTH()}.svg`);
  const text = svg.bytes.toString('utf8');
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      name: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((n) => n.textContent).join('\n'),
      classes: doc.querySelectorAll('[class]').length,
      links: [...doc.querySelectorAll('*')].flatMap((n) => [...n.attributes]).filter((a) => /href$/.test(a.name) || /url\((?!#)/.test(a.value)).length,
    };
  }, text);
  assert.equal(parsed.error, null, 'valid XML');
  assert.equal(parsed.name, 'svg');
  assert.match(parsed.texts, /^Fra plasser før til plasser etter – Helse Vest/);
  assert.match(parsed.texts, /Helse Vest/);
  assert.match(parsed.texts, /Kilder:/);
  assert.match(parsed.texts, new RegExp(`Datautgave ${RELEASE_NB()}`));
  assert.equal(parsed.classes, 0, 'no class needs the style sheet');
  assert.equal(parsed.links, 0, 'nothing outside the file');
  assert.doesNotMatch(text, /font-face|@import/);
  const look = await page.context().newPage();
  await look.setContent(`<img src="data:image/svg+xml;base64,${svg.bytes.toString('base64')}">`);
  await look.screenshot({ path: join(ARTIFACTS, 'figure-waterfall-svg.png'), fullPage: true });
  await look.close();
  // The map, as PNG: a real PNG twice the SVG's size.
  const timeline = await download(page, '[data-testid="export-timeline-png"]');
  const look2 = await page.context().newPage();
  await look2.setContent(`<img src="data:image/png;base64,${timeline.bytes.toString('base64')}" style="width:50%">`);
  await look2.screenshot({ path: join(ARTIFACTS, 'figure-timeline.png'), fullPage: true });
  await look2.close();
  const mapSvg = await download(page, '[data-testid="export-map-svg"]');
  const size = await page.evaluate((t) => {
    const root = new DOMParser().parseFromString(t, 'image/svg+xml').documentElement;
    return [Number(root.getAttribute('width')), Number(root.getAttribute('height'))];
  }, mapSvg.bytes.toString('utf8'));
  assert.match(mapSvg.bytes.toString('utf8'), /Kartverket/);
  const png = await download(page, '[data-testid="export-map-png"]');
  assert.equal(png.name, `dognplasser-helse-vest-kart-${MONTH()}.png`);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.deepEqual([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)], size.map((n) => n * 2));
  // Look at it: the PNG shown in a page of its own, screenshot saved.
  const view = await page.context().newPage();
  await view.setContent(`<img src="data:image/png;base64,${png.bytes.toString('base64')}" style="width:${size[0]}px">`);
  await view.screenshot({ path: join(ARTIFACTS, 'figure-map.png'), fullPage: true });
  await view.close();
  // A chart shown as a table offers no figure file.
  await page.click('[data-testid="switch-rates"]');
  assert.equal(await page.locator('[data-testid="export-rates-svg"]').count(), 0);
  await done();
});

test('a figure downloaded in the dark theme keeps its paper and ink together', async () => {
  // The reader's system is dark and the widget follows it (no theme forced).
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/?region=helse-vest`);
  await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
  const svg = await download(page, '[data-testid="export-waterfall-svg"]');
  const colours = await page.evaluate((t) => {
    const root = new DOMParser().parseFromString(t, 'image/svg+xml').documentElement;
    return [root.querySelector('rect').getAttribute('fill'), root.getAttribute('fill')];
  }, svg.bytes.toString('utf8'));
  assert.deepEqual(colours, ['rgb(21, 25, 30)', 'rgb(236, 236, 236)']);
  await context.close();
});

test('the single-file copy runs from disk with the network blocked, and makes no request', async () => {
  const { page, done } = await open('/');
  const file = await download(page, '[data-testid="download-offline"]');
  assert.equal(file.name, `dognplasser-kalkulator-${MONTH()}.html`);
  await done();
  const path = join(ARTIFACTS, file.name);
  (await import('node:fs')).writeFileSync(path, file.bytes);
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, offline: true });
  const requests = [];
  const errors = [];
  await context.route(/^https?:/, (route) => { requests.push(route.request().url()); return route.abort(); });
  const copy = await context.newPage();
  copy.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url()); });
  copy.on('pageerror', (e) => errors.push(e.message));
  await copy.goto(pathToFileURL(path).href);
  await mounted(copy);
  assert.match(await copy.locator('[data-testid="release"]').innerText(), new RegExp(`Nedlastet kopi.*${RELEASE_NB()}`));
  assert.equal(await copy.locator('[data-testid="embed-builder"]').count(), 0, 'no embed code in a copy');
  assert.equal(await copy.locator('[data-testid="download-offline"]').count(), 0);
  await copy.click('[data-testid="region-helse-vest"]');
  await copy.waitForFunction(() => document.querySelector('[data-testid="region-name"]')?.textContent === 'Helse Vest');
  // The first slider (FBV places) moves the base and the change; the places after, with all FBV
  // places gone by 2025, stay.
  const after = () => copy.locator('[data-testid="step-change"] [data-testid="value"]').innerText();
  const before = await after();
  await copy.click('[data-testid="assumptions"] > summary');
  const slider = copy.locator('input[type="range"]').first();
  await slider.focus();
  for (let i = 0; i < 20; i += 1) await copy.keyboard.press('ArrowLeft');
  await copy.waitForFunction((b) => document.querySelector('[data-testid="step-change"] [data-testid="value"]')?.textContent !== b, before);
  assert.notEqual(await after(), before);
  // Every chart draws, and the downloads work here too.
  assert.equal(await copy.locator('svg.plot').count(), 4);
  const figure = await download(copy, '[data-testid="export-map-svg"]');
  assert.match(figure.bytes.toString('utf8'), /Kartverket/);
  const csv = await download(copy, '[data-testid="download-csv"]');
  assert.match(csv.bytes.toString('utf8'), /^\uFEFFDøgnplasskalkulatoren;/);
  await copy.screenshot({ path: join(ARTIFACTS, 'offline-copy.png') });
  assert.deepEqual(requests, [], 'the copy made network requests');
  assert.deepEqual(errors, []);
  await context.close();
});
