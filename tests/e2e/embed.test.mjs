// Embedding (issue 5), end to end: the compact view in an article column, auto-height through
// www/embed.js for several frames on one host page, Pym.js- and AMP-style parents, messages
// from anything but our frames ignored, bad embed settings, forced themes. The host pages are
// served from a second port on 127.0.0.1, as a news site would be another origin.

import { createHash } from 'node:crypto';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './chromium.mjs';
import AxeBuilder from '@axe-core/playwright';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.DIST_DIR ?? join(here, '..', '..', 'dist'));
const ARTIFACTS = join(here, 'artifacts');

let browser;
let widget;
let host;
let hostDir;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `no release build at ${DIST}`);
  widget = await serve(DIST);
  hostDir = mkdtempSync(join(tmpdir(), 'dognplass-host-'));
  host = await serve(hostDir, 0, { csp: false });
  browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await widget?.close();
  await host?.close();
});

/** An article page on the host origin with `body` between paragraphs of text. */
function article(name, body) {
  writeFileSync(join(hostDir, name), `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Vertsside</title><link rel="icon" href="data:,"><style>body{max-width:680px;margin:0 auto;font:16px/1.5 sans-serif}iframe{width:100%;border:0;display:block}</style>
</head><body><h1>En avisartikkel</h1><p>Tekst over den innebygde kalkulatoren.</p>
${body}
<p id="below">Tekst under.</p></body></html>`);
  return `${host.url}/${name}`;
}

// The sandbox a cautious newsroom sets; the widget must work inside it.
const frame = (id, query) =>
  `<iframe id="${id}" data-dognplass title="Døgnplasskalkulatoren" src="${widget.url}/?${query}" style="height:300px" referrerpolicy="no-referrer" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`;

/** Opens `url`; returns the page and a check for requests, errors and cookies. */
async function open(url, viewport = { width: 760, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  const check = async () => {
    const foreign = requests.filter((u) => !u.startsWith(widget.url + '/') && !u.startsWith(host.url + '/') && !/^(data|blob):/.test(u));
    assert.deepEqual(foreign, [], 'requests left 127.0.0.1');
    assert.deepEqual(errors, [], 'console or page errors');
    assert.deepEqual(await context.cookies(), [], 'cookies were set');
    await context.close();
  };
  return { page, check };
}

/** The frame's document height, measured inside it. */
const contentHeight = (page, id) =>
  page.frameLocator(`#${id}`).locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
const frameHeight = (page, id) => page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);

/** Waits until the iframe is as tall as its content (±1 px). */
async function fitted(page, id) {
  // Chromium does not render a cross-origin frame far outside the viewport (no layout, no
  // ResizeObserver) until it comes near; a reader scrolling to it brings it in the same way.
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.frameLocator(`#${id}`).locator('[data-testid="app"][data-mounted="true"]').waitFor({ timeout: 20000 });
  for (let i = 0; i < 100; i++) {
    const [inner, outer] = [await contentHeight(page, id), await frameHeight(page, id)];
    if (Math.abs(inner - outer) <= 1 && inner > 100) return inner;
    await page.waitForTimeout(50);
  }
  assert.fail(`frame ${id}: ${await frameHeight(page, id)}px tall, content ${await contentHeight(page, id)}px`);
}

test('embed.js sizes two frames on one page to their content, each on its own', async () => {
  const url = article('two.html', `${frame('a', 'view=compact&region=helse-vest&show=picker,summary,table,assumptions&id=a')}
<p>Tekst mellom.</p>
${frame('b', 'view=compact&region=helse-nord&id=b')}
<script src="${widget.url}/embed.js"></script>`);
  const { page, check } = await open(url);
  const a0 = await fitted(page, 'a');
  const b0 = await fitted(page, 'b');
  assert.notEqual(a0, 300);
  // Opening the assumptions panel in the first frame grows that frame only, within a frame or
  // two of the host page's rendering (counted in animation frames, not in time).
  await page.evaluate(() => {
    window.ticks = 0;
    window.resizedAt = null;
    const tick = () => { window.ticks += 1; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    new MutationObserver(() => { if (window.resizedAt === null) window.resizedAt = window.ticks; })
      .observe(document.getElementById('a'), { attributes: true, attributeFilter: ['style'] });
  });
  // Frame a back in view (fitting b scrolled to b): Chromium renders frames near the viewport.
  await page.locator('#a').scrollIntoViewIfNeeded();
  const clickedAt = await page.evaluate(() => window.ticks);
  // Clicked by script inside the frame: no pointer actionability waits in the count.
  await page.frame({ url: /id=a/ }).evaluate(() => document.querySelector('[data-testid="assumptions"] > summary').click());
  let a1 = a0;
  for (let i = 0; i < 100 && a1 <= a0 + 100; i++) {
    await page.waitForTimeout(50);
    a1 = await frameHeight(page, 'a');
  }
  assert.ok(a1 > a0 + 100, `frame a grew from ${a0} to ${a1}`);
  const frames = (await page.evaluate(() => window.resizedAt)) - clickedAt;
  console.log(`host resized the frame ${frames} animation frame(s) after the click`);
  // Printed as measured; the bound only catches a debounce or a polling loop.
  assert.ok(frames <= 10, `resized after ${frames} frames`);
  assert.equal(await fitted(page, 'a'), a1);
  assert.equal(await frameHeight(page, 'b'), b0);
  // A message that does not come from one of our frames changes nothing.
  await page.evaluate(() => window.postMessage({ type: 'dognplass:height', height: 40 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await frameHeight(page, 'a'), a1);
  assert.equal(await frameHeight(page, 'b'), b0);
  await page.screenshot({ path: join(ARTIFACTS, 'embed-host.png'), fullPage: true });
  await check();
});

test('Pym.js-style and AMP-style parents receive the height', async () => {
  const url = article('dialects.html', `${frame('p', 'view=compact&region=helse-sor-ost&childId=pym-1&initialWidth=680&parentTitle=Avis&parentUrl=http%3A%2F%2Fx')}
<script>
  // A Pym.js parent in a few lines: string messages pymxPYMx<id>xPYMx<type>xPYMx<value>.
  window.pymHeights = [];
  window.ampHeights = [];
  addEventListener('message', function (e) {
    if (typeof e.data === 'string' && e.data.indexOf('pymxPYMx') === 0) {
      var parts = e.data.split('xPYMx');
      if (parts[1] === 'pym-1' && parts[2] === 'height') {
        window.pymHeights.push(Number(parts[3]));
        document.getElementById('p').style.height = parts[3] + 'px';
      }
    }
    if (e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size') {
      window.ampHeights.push(e.data.height);
    }
  });
</script>`);
  const { page, check } = await open(url);
  const height = await fitted(page, 'p');
  const [pym, amp] = await page.evaluate(() => [window.pymHeights, window.ampHeights]);
  assert.equal(pym.at(-1), height);
  assert.equal(amp.at(-1), height);
  // After a choice in the frame, its address keeps Pym's child id (as id=) and drops the host's
  // title and address, which the widget never reads.
  await page.frameLocator('#p').locator('[data-testid="region-helse-vest"]').click();
  await page.frameLocator('#p').locator('[data-testid="region-name"]').filter({ hasText: 'Helse Vest' }).waitFor();
  const src = await page.frameLocator('#p').locator('body').evaluate(() => location.search);
  assert.equal(src, '?region=helse-vest&view=compact&id=pym-1');
  await check();
});

test('the compact view fits 320 to 740 px, passes axe and sends nothing when not framed', async () => {
  for (const width of [320, 740]) {
    const { page, check } = await open(`${widget.url}/?view=compact&region=helse-midt-norge`, { width, height: 800 });
    await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
    await page.evaluate(() => { window.sent = 0; addEventListener('message', () => { window.sent += 1; }); });
    assert.equal(await page.locator('[data-testid="chart-waterfall"]').count(), 1);
    assert.equal(await page.locator('[data-testid="steps-table"]').count(), 1);
    assert.equal(await page.locator('[data-testid="assumptions"]').count(), 0);
    assert.equal(await page.locator('[data-testid="chart-map"]').count(), 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${width}px: scrolls sideways by ${overflow}px`);
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `${width}px`);
    await page.click('[data-testid="region-helse-nord"]');
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => window.sent), 0, 'a page that is not framed posts no messages');
    // Choosing a region keeps the embed settings in the address.
    assert.match(await page.evaluate(() => location.search), /view=compact/);
    if (width === 320) await page.screenshot({ path: join(ARTIFACTS, 'compact-320.png'), fullPage: true });
    // Legend and sources wait behind one switch, the steps table behind another; a source
    // mark in the table opens the sources at its source.
    const about = page.locator('[data-testid="about-data"]');
    assert.equal(await about.evaluate((d) => d.open), false);
    await page.click('[data-testid="steps-more"] > summary');
    const ref = page.locator('[data-testid="steps-table"] a.ref').first();
    const target = (await ref.getAttribute('href')).slice(1);
    await ref.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="about-data"]').open);
    assert.ok(await page.locator(`[id="${target}"]`).isVisible());
    await check();
  }
});

test('show, theme and bad embed settings', async () => {
  {
    const { page, check } = await open(`${widget.url}/?view=compact&show=map,summary&theme=dark`);
    await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
    assert.equal(await page.locator('[data-testid="chart-map"]').count(), 1);
    assert.equal(await page.locator('[data-testid="steps-table"]').count(), 0);
    assert.equal(await page.locator('[data-testid="region-picker"]').count(), 0);
    // Forced dark theme on a light system: dark paper.
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(bg, 'rgb(21, 25, 30)');
    await check();
  }
  {
    const { page, check } = await open(`${widget.url}/?view=tiny&theme=pink&show=nope&id=%3Cx%3E`);
    await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
    const notices = await page.locator('[data-testid="notice"]').allInnerTexts();
    assert.equal(notices.length, 1);
    assert.match(notices[0], /Ukjent visning «tiny»/);
    assert.match(notices[0], /3 til/);
    // Defaults: the full page.
    assert.equal(await page.locator('[data-testid="assumptions"]').count(), 1);
    await check();
  }
});

test('the page names its oEmbed file, and the build wrote one per region', async () => {
  const { page, check } = await open(`${widget.url}/`);
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  const res = await page.request.get(new URL(href, widget.url + '/').href);
  assert.equal(res.status(), 200);
  const norway = await res.json();
  assert.equal(norway.type, 'rich');
  assert.equal(norway.version, '1.0');
  for (const region of ['helse-sor-ost', 'helse-vest', 'helse-midt-norge', 'helse-nord']) {
    const json = await (await page.request.get(`${widget.url}/oembed/${region}-nb.json`)).json();
    assert.equal(json.provider_name, 'Døgnplasskalkulatoren');
    assert.match(json.html, new RegExp(`region=${region}`));
    assert.match(json.html, /^<iframe data-dognplass [^>]*title="Døgnplasskalkulatoren – [^"]+"[^>]*loading="lazy" referrerpolicy="no-referrer"/);
  }
  await check();
});

test('the embed panel builds the code, previews it live and copies it', async () => {
  const { page, check } = await open(`${widget.url}/?region=helse-vest`, { width: 1100, height: 900 });
  await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: widget.url });
  const panel = page.locator('[data-testid="embed-builder"]');
  assert.equal(await page.locator('[data-testid="embed-preview"]').count(), 0, 'no preview while closed');
  await panel.locator('summary').click();
  const plain = page.locator('[data-testid="embed-code-0"]');
  assert.match(await plain.inputValue(), /\/helse-vest\/compact\/\?region=helse-vest&amp;view=compact"/);
  await page.selectOption('[data-testid="embed-region"]', 'helse-nord');
  await page.selectOption('[data-testid="embed-theme"]', 'dark');
  assert.deepEqual(await page.locator('[data-testid="embed-lang"] option').allInnerTexts(), ['Bokmål', 'Nynorsk', 'English']);
  await page.click('[data-testid="embed-part-table"]');
  await page.fill('[data-testid="embed-height"]', '1200');
  await page.press('[data-testid="embed-height"]', 'Tab');
  const code = await plain.inputValue();
  assert.equal(code, `<iframe data-dognplass src="${widget.url}/helse-nord/compact/?region=helse-nord&amp;view=compact&amp;theme=dark&amp;show=picker,summary,bridge" title="Døgnplasskalkulatoren – Helse Nord" style="width:100%;max-width:740px;border:0;height:1200px" loading="lazy" referrerpolicy="no-referrer"></iframe>`);
  const withScript = await page.locator('[data-testid="embed-code-1"]').inputValue();
  assert.ok(withScript.startsWith(code) && withScript.endsWith(`<script src="${widget.url}/embed.js" defer></script>`));
  // A bad height is refused next to the field; the code keeps the last good one.
  await page.fill('[data-testid="embed-height"]', 'høy');
  await page.press('[data-testid="embed-height"]', 'Tab');
  await page.waitForSelector('[data-testid="embed-height-error"]');
  assert.equal(await plain.inputValue(), code);
  // The preview is the real widget in the chosen view.
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await preview.locator('[data-testid="region-name"]').filter({ hasText: 'Helse Nord' }).waitFor();
  // The pre-rendered page shows the default parts until the wasm has drawn the chosen ones.
  await preview.locator('[data-testid="app"][data-mounted="true"]').waitFor();
  assert.equal(await preview.locator('[data-testid="steps-table"]').count(), 0);
  assert.equal(await preview.locator('[data-testid="chart-waterfall"]').count(), 1);
  // Copy buttons copy exactly the code shown; the oEmbed address answers.
  await page.click('[data-testid="embed-copy-1"]');
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes('embed.js')));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), withScript);
  const oembed = await page.locator('[data-testid="embed-code-2"]').inputValue();
  assert.equal(oembed, `${widget.url}/oembed/helse-nord-nb.json`);
  assert.equal((await page.request.get(oembed)).status(), 200);
  const result = await new AxeBuilder({ page }).include('[data-testid="embed-builder"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  await panel.screenshot({ path: join(ARTIFACTS, 'embed-builder.png') });
  await check();
});

test('the widget runs under the strict CSP with no violation', async () => {
  const { page, check } = await open('about:blank');
  // Listening from before the first script of every frame, so a violation while loading counts.
  await page.context().addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(`${widget.url}/?region=helse-vest`);
  // The build's policy: no inline script, no 'unsafe-inline'; styles only from the widget's origin
  // or the two inline <style> elements it ships (every page's and the 404 page's), by hash.
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}='; img-src 'self' blob:$/);
  const style = await page.locator('head style').evaluateAll((els) => els.map((e) => e.textContent));
  assert.equal(style.length, 1, 'one inline style element');
  const digest = createHash('sha256').update(style[0]).digest('base64');
  assert.ok(csp.includes(`'sha256-${digest}'`), 'the page\'s style is allowed by its hash');
  assert.equal(await page.locator('link[rel="stylesheet"]').count(), 0, 'no style sheet request to wait for');
  await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
  // Use what the page offers: a chart table, the panel, the embed panel with its preview.
  await page.click('[data-testid="switch-map"]');
  await page.click('[data-testid="assumptions"] > summary');
  await page.click('[data-testid="embed-builder"] summary');
  await page.frameLocator('[data-testid="embed-preview"]').locator('[data-testid="app"][data-mounted="true"]').waitFor();
  // Figure export (loaded on first use, drawing a PNG from a blob: image) under the same policy.
  const download = page.waitForEvent('download');
  await page.click('[data-testid="export-waterfall-png"]');
  assert.match((await download).suggestedFilename(), /\.png$/);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  const preview = page.frames().find((f) => f !== page.mainFrame());
  assert.deepEqual(await preview.evaluate(() => window.violations), [], 'in the embed preview');
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
  await check();
});

test('pre-rendered pages show the numbers without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 760, height: 900 } });
  const page = await context.newPage();
  for (const [path, name, after] of [['/', 'Norge', '≈\u00a01\u00a0792'], ['/helse-vest/', 'Helse Vest', '≈\u00a0272'], ['/helse-sor-ost/compact/', 'Helse Sør-Øst', '≈\u00a01\u00a0139']]) {
    await page.goto(widget.url + path);
    assert.equal(await page.locator('[data-testid="region-name"]').textContent(), name, path);
    // The compact view's steps table opens with its switch, which needs no script.
    if (path.includes('compact')) await page.click('[data-testid="steps-more"] > summary');
    assert.equal(await page.locator('[data-testid="step-after"] [data-testid="value"]').innerText(), after, path);
    assert.equal(await page.locator('[data-testid="chart-waterfall"] svg').count(), 1, path);
    assert.ok(await page.locator('#kilde-opprop-2024').count() === 1, `${path}: the sources are there`);
    assert.match(await page.locator('noscript').first().evaluate((n) => n.textContent), /Uten JavaScript/);
  }
  await context.close();
});

test('the region picker works before the wasm and without JavaScript: links to the regions\' pages', async () => {
  {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${widget.url}/helse-vest/compact/`);
    assert.equal(await page.locator('[data-testid="region-helse-vest"]').getAttribute('aria-current'), 'page');
    await page.click('[data-testid="region-helse-nord"]');
    await page.waitForURL(`${widget.url}/helse-nord/compact/`);
    assert.equal(await page.locator('[data-testid="region-name"]').textContent(), 'Helse Nord');
    assert.equal(await page.locator('[data-testid="region-helse-nord"]').getAttribute('aria-current'), 'page');
    await page.goto(`${widget.url}/nn/helse-midt-norge/`);
    await page.click('[data-testid="region-norge"]');
    await page.waitForURL(`${widget.url}/nn/`);
    assert.equal(await page.locator('[data-testid="region-name"]').textContent(), 'Noreg');
    await context.close();
  }
  // A slow phone: the page is there, the wasm is not yet. The link keeps the embed's settings.
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto(`${widget.url}/helse-vest/compact/?view=compact&theme=dark&id=a1&region=helse-vest`);
  await page.click('[data-testid="region-helse-sor-ost"]');
  await page.waitForURL(/helse-sor-ost/);
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/helse-sor-ost/compact/?view=compact&theme=dark&id=a1');
  assert.equal(await page.locator('[data-testid="region-name"]').textContent(), 'Helse Sør-Øst');
  await context.close();
  // Once the wasm has taken over, the same buttons are radios that choose in place.
  const { page: live, check } = await open(`${widget.url}/helse-vest/compact/`);
  await live.waitForSelector('[data-testid="app"][data-mounted="true"]');
  assert.equal(await live.locator('[data-testid="region-picker"] a').count(), 0);
  await live.click('[data-testid="region-helse-nord"]');
  await live.waitForFunction(() => document.querySelector('[data-testid="region-name"]')?.textContent === 'Helse Nord');
  assert.equal(new URL(live.url()).pathname, '/helse-vest/compact/', 'chosen in place');
  await check();
});

test('the wasm takes over a pre-rendered page without a layout shift', async () => {
  // Tracking tags and Pym's keys on a pre-rendered page keep its state, so the takeover is clean.
  for (const path of ['/', '/helse-sor-ost/compact/', '/helse-nord/', '/helse-vest/?utm_source=x&childId=p9']) {
    const { page, check } = await open(widget.url + path);
    await page.evaluate(() => {
      window.cls = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
    await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => window.cls);
    console.log(`CLS ${path}: ${cls}`);
    assert.equal(cls, 0, `${path}: layout shift ${cls}`);
    assert.equal(await page.locator('[data-testid="app"]').count(), 1, 'one widget after the takeover');
    assert.equal(await page.locator('#app[data-state]').count(), 0, 'the pre-rendered copy is gone');
    if (path.startsWith('/helse-vest/')) assert.equal(await page.locator('[data-testid="region-name"]').innerText(), 'Helse Vest');
    await check();
  }
  // Choices still work, and the address keeps them against the page's own state.
  const { page, check } = await open(`${widget.url}/helse-vest/`);
  await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
  await page.click('[data-testid="region-norge"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="region-name"]')?.textContent === 'Norge');
  assert.equal(await page.evaluate(() => location.pathname + location.search), '/helse-vest/?region=norge');
  await page.reload();
  await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
  assert.equal(await page.locator('[data-testid="region-name"]').innerText(), 'Norge');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[data-testid="region-name"]')?.textContent === 'Helse Vest');
  await check();
});

test('host page layout shift: none with the fixed height, measured with the script', async () => {
  for (const [name, script] of [['fixed.html', ''], ['script.html', `<script src="${widget.url}/embed.js"></script>`]]) {
    const url = article(name, `${frame('f', 'view=compact&region=helse-vest').replace('style="height:300px"', 'style="height:1900px"')}${script}`);
    const { page, check } = await open(url);
    await page.evaluate(() => {
      window.cls = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.cls += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
    await page.frameLocator('#f').locator('[data-testid="app"][data-mounted="true"]').waitFor();
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() => window.cls);
    console.log(`host CLS ${name}: ${cls.toFixed(4)}`);
    if (!script) assert.equal(cls, 0, 'a fixed-height frame moves nothing on the host page');
    await check();
  }
});

test('the JS API computes numbers with kinds, ranges and sources, mounts widgets, and throws on bad options', async () => {
  const { page, check } = await open(`${widget.url}/`);
  await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
  const r = await page.evaluate(() => window.wasmBindings.compute({ region: 'helse-vest' }));
  assert.equal(r.region, 'helse-vest');
  assert.equal(r.regionName, 'Helse Vest');
  assert.equal(r.scenario, 'vedtatt');
  assert.equal(r.year, 2025);
  assert.ok(Math.abs(r.after.value - 271.81) < 0.1, `${r.after.value}`);
  // The base holds public and contracted places and FBV places, each on its own.
  assert.ok(Math.abs(r.beforeContracted.value + r.beforeFbv.value - r.before.value) < 1e-6);
  assert.equal(r.belowOccupied, false);
  // Patients a year exist only where a change of stay applies.
  assert.equal(r.patientsAfter ?? null, null);
  const hso = await page.evaluate(() => window.wasmBindings.compute({ region: 'helse-sor-ost' }));
  assert.ok(hso.patientsAfter.value > 0);
  assert.ok(r.after.low <= r.after.value && r.after.value <= r.after.high);
  assert.equal(r.fbv.kind, 'estimate');
  assert.ok(r.before.sources.length > 0);
  for (const id of r.after.sources) assert.ok(r.sources.some((s) => s.id === id), id);
  // Options use the address's keys; a scenario and an edit change the numbers.
  const stop = await page.evaluate(() => window.wasmBindings.compute({ region: 'helse-sor-ost', scenario: 'stans' }));
  assert.equal(stop.change.value, 0);
  const edited = await page.evaluate(() => window.wasmBindings.compute({ fbv: 250 }));
  assert.equal(edited.fbv.value, 250);
  // Bad options are thrown as errors that name them.
  for (const [options, pattern] of [[{ region: 'oslo' }, /unknown region "oslo"/], [{ year: 1999 }, /unknown year "1999"/], [{ fbv: 'mye' }, /fbv/], [{ region: {} }, /must be a string or a finite number/], ['x', /must be an object/]]) {
    const message = await page.evaluate((o) => { try { window.wasmBindings.compute(o); return 'no error'; } catch (e) { return `${e.name}: ${e.message}`; } }, options);
    assert.match(message, pattern, JSON.stringify(options));
    assert.match(message, /^Error: dognplass: /);
  }
  // mount(): data-* attributes configure, options override; a bad attribute gives a notice.
  await page.evaluate(() => {
    for (const [id, attrs] of [['m1', { 'data-region': 'helse-nord', 'data-view': 'compact' }], ['m2', { 'data-region': 'oslo' }]]) {
      const el = document.createElement('div');
      el.id = id;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      document.body.append(el);
    }
    window.wasmBindings.mount(document.getElementById('m1'), { theme: 'dark' });
    window.wasmBindings.mount(document.getElementById('m2'));
  });
  await page.locator('#m1 [data-testid="region-name"]').filter({ hasText: 'Helse Nord' }).waitFor();
  // A mounted widget's theme is its own; the page and its address are left alone.
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgb(255, 255, 255)');
  assert.equal(await page.locator('#m1 .dp').evaluate((d) => getComputedStyle(d).backgroundColor), 'rgb(21, 25, 30)');
  await page.click('#m1 [data-testid="region-helse-vest"]');
  await page.locator('#m1 [data-testid="region-name"]').filter({ hasText: 'Helse Vest' }).waitFor();
  assert.equal(await page.evaluate(() => location.search), '');
  assert.equal(await page.locator('#m1 [data-testid="assumptions"]').count(), 0, 'compact view');
  await page.locator('#m2 [data-testid="notice"]').filter({ hasText: 'oslo' }).waitFor();
  assert.equal(await page.locator('#m2 [data-testid="region-name"]').innerText(), 'Norge');
  const thrown = await page.evaluate(() => { try { window.wasmBindings.mount(document.body, { view: 'huge' }); return 'no error'; } catch (e) { return e.message; } });
  assert.match(thrown, /unknown view "huge"/);
  await check();
});

test('embed.js loaded after the frames reported still sizes them', async () => {
  const url = article('late.html', `${frame('l', 'view=compact&region=helse-nord')}`);
  const { page, check } = await open(url);
  await page.frameLocator('#l').locator('[data-testid="app"][data-mounted="true"]').waitFor({ timeout: 20000 });
  await page.waitForTimeout(300);
  assert.equal(await frameHeight(page, 'l'), 300, 'no script yet: the fixed height');
  await page.addScriptTag({ url: `${widget.url}/embed.js` });
  assert.ok(await fitted(page, 'l') > 300);
  await check();
});

test('the embed reads no property of its host\'s windows and never touches top', async () => {
  // Statically: the shipped scripts neither import a getter for top, opener or frameElement
  // into the wasm, nor read them (or parent) in plain JS.
  const scripts = readdirSync(DIST).filter((f) => f.endsWith('.js') && f !== 'embed.js');
  assert.ok(scripts.some((f) => f.startsWith('dognplass-')), 'the wasm glue is among the scripts');
  for (const name of scripts) {
    const text = readFileSync(join(DIST, name), 'utf8');
    assert.doesNotMatch(text, /__wbg_(top|opener|frameElement)_/, `${name} imports a host window getter`);
    assert.doesNotMatch(text, /\b(window|self|globalThis)\s*\.\s*(top|parent|opener|frameElement)\b/, `${name} reads a host window`);
  }
  // At run time: in the widget's frames, `parent` is a stand-in that only lets postMessage
  // through and throws on anything else, as a host page guarding itself would. Messages from
  // the real parent show the stand-in as their source, so the widget's identity check holds.
  const context = await browser.newContext({ viewport: { width: 760, height: 900 } });
  await context.addInitScript((origin) => {
    if (window === window.parent || location.origin !== origin) return;
    const real = window.parent;
    const reads = [];
    const guard = new Proxy({}, {
      get(_, key) {
        if (key === 'postMessage') return (...args) => real.postMessage(...args);
        reads.push(`get ${String(key)}`);
        throw new Error(`the widget read parent.${String(key)}`);
      },
      set(_, key) { reads.push(`set ${String(key)}`); throw new Error('the widget wrote to parent'); },
      has(_, key) { reads.push(`has ${String(key)}`); return false; },
      ownKeys() { reads.push('keys'); return []; },
      getPrototypeOf() { reads.push('prototype'); return null; },
    });
    Object.defineProperty(window, 'parent', { get: () => guard, configurable: true });
    const source = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'source');
    Object.defineProperty(MessageEvent.prototype, 'source', {
      get() { const s = source.get.call(this); return s === real ? guard : s; },
      configurable: true,
    });
    window.hostReads = reads;
  }, widget.url);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // embed.js added after the frame reported: its request for the height must get an answer too.
  await page.goto(article('guarded.html', frame('g', 'view=compact&region=helse-vest&id=g')));
  const inner = page.frame({ url: /id=g/ });
  await page.frameLocator('#g').locator('[data-testid="app"][data-mounted="true"]').waitFor({ timeout: 20000 });
  assert.equal(await inner.evaluate(() => Array.isArray(window.hostReads)), true, 'the guard is in place');
  await page.addScriptTag({ url: `${widget.url}/embed.js` });
  const fittedHeight = await fitted(page, 'g');
  await page.frameLocator('#g').locator('[data-testid="region-helse-nord"]').click();
  await page.frameLocator('#g').locator('[data-testid="summary"]').waitFor();
  assert.equal(await fitted(page, 'g'), await contentHeight(page, 'g'));
  assert.ok(fittedHeight > 300);
  assert.deepEqual(await inner.evaluate(() => window.hostReads), [], 'the widget read its host');
  assert.deepEqual(errors, []);
  // The guard itself catches a read: a probe inside the frame.
  await inner.evaluate(() => { try { return window.parent.document; } catch { return null; } });
  assert.deepEqual(await inner.evaluate(() => window.hostReads), ['get document']);
  await context.close();
});

test('embed code from a region page points at the widget root', async () => {
  const { page, check } = await open(`${widget.url}/helse-vest/`, { width: 1100, height: 900 });
  await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
  await page.locator('[data-testid="embed-builder"] summary').click();
  const code = await page.locator('[data-testid="embed-code-1"]').inputValue();
  assert.ok(code.startsWith(`<iframe data-dognplass src="${widget.url}/helse-vest/compact/?region=helse-vest&amp;view=compact"`), code);
  assert.ok(code.endsWith(`<script src="${widget.url}/embed.js" defer></script>`), code);
  assert.equal(await page.locator('[data-testid="embed-code-2"]').inputValue(), `${widget.url}/oembed/helse-vest-nb.json`);
  await page.frameLocator('[data-testid="embed-preview"]').locator('[data-testid="region-name"]').filter({ hasText: 'Helse Vest' }).waitFor();
  await check();
});
