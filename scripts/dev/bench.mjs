// The benchmark (shared/BUDGETS.md, P1–P11): the release build and a plain-JS control page of the
// same shape (bench/control/) served side by side on 127.0.0.1, measured in the same run in
// headless Chromium through Playwright and the DevTools protocol. Timings are noisy on shared
// machines, so this prints medians and p95 over N fresh contexts and compares with the control;
// it asserts nothing. Bytes are checked in the test command (scripts/check/size-check.mjs).
// Then Lighthouse 12.2.3 (P10, scripts/dev/lighthouse.mjs) audits a compact page and the full page,
// served as a CDN serves them; its rows join the table.
//
// Usage: node scripts/dev/bench.mjs [--runs N] [--lighthouse-runs N] [--no-lighthouse | --lighthouse-only] [--write]
//   (run scripts/dev/bench.sh, which builds first and installs Lighthouse from bench/package-lock.json)
// --runs: fresh contexts per page and profile (default 7); --lighthouse-runs: Lighthouse runs per
// page (default 3); --no-lighthouse skips Lighthouse, --lighthouse-only runs nothing else.
// --write also writes the table and the Lighthouse results to docs/benchmarks.md with the date and
// the machine (only for the whole benchmark).

import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

import { runLighthouse } from './lighthouse.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const RUNS = Math.max(1, Number(argv[argv.indexOf('--runs') + 1]) || 7);
const WRITE = argv.includes('--write');
const LIGHTHOUSE_RUNS = Math.max(1, Number(argv[argv.indexOf('--lighthouse-runs') + 1]) || 3);
const LIGHTHOUSE = !argv.includes('--no-lighthouse');
const BROWSER = !argv.includes('--lighthouse-only');
if (!LIGHTHOUSE && !BROWSER) {
  console.error('bench: --no-lighthouse and --lighthouse-only leave nothing to measure');
  process.exit(2);
}
if (WRITE && !(LIGHTHOUSE && BROWSER)) {
  console.error('bench: --write writes the whole benchmark; leave out --no-lighthouse and --lighthouse-only');
  process.exit(2);
}

/** The measurements in the browser beside the control page, and the native model timing (P1–P9). */
async function browserBench() {
  const { chromium } = await import('../../tests/e2e/node_modules/playwright-core/index.mjs');

  // ---- A static server: every file brotli-compressed once, COOP/COEP for memory measurement.
  const TYPES = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
    '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
  };
  const files = new Map();
  const dist = join(root, 'dist');
  for (const [base, prefix] of [[dist, '/'], [join(root, 'bench', 'control'), '/control/']]) {
    (function walk(dir) {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.set(prefix + relative(base, path).split(sep).join('/'), path);
      }
    })(base);
  }
  const compressed = new Map();
  const body = (url) => {
    if (!compressed.has(url)) {
      const raw = readFileSync(files.get(url));
      compressed.set(url, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    return compressed.get(url);
  };
  // Host pages for P9: an article with the widget's (or the control's) frame and text under it.
  const host = (src, script) => `<!doctype html><html lang="nb"><meta charset="utf-8"><title>Artikkel</title>
  <body><main style="max-width:740px;margin:auto;font:18px/1.5 system-ui"><h1>Artikkel</h1><p>Ingress.</p>
  <iframe data-dognplass src="${src}" title="Innbygging" style="width:100%;border:0;height:900px" loading="lazy"></iframe>
  <p id="under">Teksten under rammen.</p>${script ? '<script src="/embed.js"></script>' : ''}</main>`;
  const hosts = {
    '/bench-host-widget.html': host('/helse-vest/compact/?region=helse-vest&view=compact', true),
    '/bench-host-control.html': host('/control/index.html', false),
  };
  const server = createServer((req, res) => {
    let url = new URL(req.url, 'http://127.0.0.1').pathname;
    const headers = {
      'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp',
      'cross-origin-resource-policy': 'same-origin', 'cache-control': 'no-store',
    };
    if (hosts[url]) {
      res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] }).end(hosts[url]);
      return;
    }
    if (url.endsWith('/')) url += 'index.html';
    if (!files.has(url)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(url)] ?? 'application/octet-stream', 'content-encoding': 'br' });
    res.end(body(url));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic', '--js-flags=--expose-gc',
      '--enable-blink-features=ForceEagerMeasureMemory'],
  });

  const version = browser.version();

  const PAGES = {
    widget: { url: '/?region=helse-vest', open: '[data-testid="assumptions"] > summary', slider: '[data-testid="slider-fbv"]' },
    // The embed's page in an article (P1b, P3–P5 apply to it first).
    compact: { url: '/helse-vest/compact/?region=helse-vest&view=compact', open: null, slider: null },
    control: { url: '/control/index.html', open: null, slider: '#slider' },
  };
  const isHtml = (url) => /(\/|\.html)$/.test(new URL(url).pathname);
  // Files a page needs before it is interactive; the service worker, manifest and icons load later.
  const critical = (url) => /\.(html|css|js|wasm)$|\/$|\/\?/.test(new URL(url).pathname + new URL(url).search)
    && !/\/(sw|embed|export)\.js$/.test(new URL(url).pathname);

  /** One fresh context: load `kind` under `profile` ('slow': slow 4G and 4× CPU; 'fast': neither). */
  async function load(kind, profile) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile === 'slow') {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8,
      });
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile === 'slow' ? 4 : 1 });
    const urls = new Map();
    const done = [];
    let blocking = 0;
    cdp.on('Network.requestWillBeSent', (e) => {
      urls.set(e.requestId, e.request.url);
      // What Chromium holds the first paint for, besides the page itself.
      if (e.renderBlockingBehavior === 'Blocking' && e.type !== 'Document') blocking += 1;
    });
    cdp.on('Network.loadingFinished', (e) => done.push({ url: urls.get(e.requestId), bytes: e.encodedDataLength, at: e.timestamp }));
    await page.addInitScript(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); })
        .observe({ type: 'longtask', buffered: true });
    });
    await page.goto(origin + PAGES[kind].url);
    await page.waitForFunction(() => performance.getEntriesByName('interactive').length > 0, null, { timeout: 120000 });
    const t = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      interactive: performance.getEntriesByName('interactive')[0].startTime,
      longTasks: window.longTasks.length,
    }));
    const needed = done.filter((d) => d.url && critical(d.url));
    const bytes = needed.filter((d) => !isHtml(d.url)).reduce((s, d) => s + d.bytes, 0);
    return { context, page, cdp, ...t, requests: needed.length, bytes, blocking };
  }

  /** Slider input → the first task after the next frame, over a 200-step drag at 4× CPU (P6). */
  async function drag(kind) {
    const { context, page, cdp } = await load(kind, 'fast');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (PAGES[kind].open) await page.click(PAGES[kind].open);
    const slider = page.locator(PAGES[kind].slider);
    await slider.scrollIntoViewIfNeeded();
    await page.evaluate((selector) => {
      window.latencies = [];
      document.querySelector(selector).addEventListener('input', (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.latencies.push(performance.now() - start), 0));
      });
    }, PAGES[kind].slider);
    const box = await slider.boundingBox();
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, y, { steps: 200 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    const result = await page.evaluate(() => ({ latencies: window.latencies, longTasks: window.longTasks.length }));
    await context.close();
    return result;
  }

  /** Memory after load, and its growth after 1 000 slider moves (P8). */
  async function memory(kind) {
    const { context, page } = await load(kind, 'fast');
    if (PAGES[kind].open) await page.click(PAGES[kind].open);
    const measure = () => page.evaluate(async () => {
      window.gc?.();
      return (await performance.measureUserAgentSpecificMemory()).bytes;
    });
    const before = await measure();
    await page.evaluate(async (selector) => {
      const slider = document.querySelector(selector);
      for (let i = 0; i < 1000; i++) {
        slider.value = String(50 + (i % 200));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        if (i % 50 === 0) await new Promise((r) => setTimeout(r, 0));
      }
    }, PAGES[kind].slider);
    await page.waitForTimeout(300);
    const after = await measure();
    await context.close();
    return { before, growth: after - before };
  }

  /** Layout shift in an article page with a frame of the widget (or of the control) (P9). */
  async function hostShift(kind) {
    const context = await browser.newContext({ viewport: { width: 760, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.shift = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shift += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}/bench-host-${kind}.html`);
    await page.waitForTimeout(2500);
    const shift = await page.evaluate(() => window.shift);
    await context.close();
    return shift;
  }

  const quantile = (values, q) => {
    const v = values.filter(Number.isFinite).sort((a, b) => a - b);
    return v.length ? v[Math.min(v.length - 1, Math.floor((v.length - 1) * q))] : NaN;
  };
  const samples = { widget: {}, compact: {}, control: {} };
  const push = (kind, key, value) => (samples[kind][key] ??= []).push(...[].concat(value));

  for (let run = 0; run < RUNS; run++) {
    for (const kind of ['widget', 'compact', 'control']) {
      for (const profile of ['slow', 'fast']) {
        const r = await load(kind, profile);
        await r.context.close();
        push(kind, `fcp-${profile}`, r.fcp);
        push(kind, `interactive-${profile}`, r.interactive);
        if (profile === 'fast') {
          push(kind, 'requests', r.requests);
          push(kind, 'bytes', r.bytes);
          push(kind, 'blocking', r.blocking);
          push(kind, 'long-load', r.longTasks);
        }
      }
      if (kind === 'compact') continue;
      const d = await drag(kind);
      push(kind, 'latency', d.latencies);
      push(kind, 'latency-max', Math.max(...d.latencies));
      push(kind, 'long-drag', d.longTasks);
      const m = await memory(kind);
      push(kind, 'memory', m.before);
      push(kind, 'growth', m.growth);
      push(kind, 'shift', await hostShift(kind));
    }
    process.stderr.write(`run ${run + 1} of ${RUNS}\n`);
  }
  // P11: the compact embed's height with its default parts at 360 px, every region and language.
  const heights = [];
  {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const lang of ['', 'nn/', 'en/']) {
      for (const region of ['', 'helse-sor-ost/', 'helse-vest/', 'helse-midt-norge/', 'helse-nord/']) {
        await page.goto(`${origin}/${lang}${region}compact/`);
        await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
        heights.push({ page: `/${lang}${region}compact/`, height: await page.evaluate(() => document.documentElement.scrollHeight) });
      }
    }
    await context.close();
  }
  await browser.close();
  server.close();
  // P1a: each pre-rendered page is one response with the CSS it paints with; the largest of each kind.
  const pageBytes = [...files.keys()].filter((u) => u.endsWith('/index.html') && !u.startsWith('/control/'))
    .map((u) => ({ url: u, bytes: body(u).length }));
  const largest = (compact) => Math.max(...pageBytes.filter((p) => p.url.includes('/compact/') === compact).map((p) => p.bytes));
  const controlHtml = body('/control/index.html').length;

  // P7: the model alone, natively.
  const model = execFileSync('cargo', ['run', '--quiet', '--release', '--no-default-features', '--features', 'all-langs', '--example', 'model_bench'],
    { cwd: root, encoding: 'utf8' }).trim();
  const modelMedian = Number(model.match(/median ([\d.]+) µs/)?.[1]);

  const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '–');
  const ms1 = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '–');
  const kb = (x) => `${(x / 1024).toFixed(1)} kB`;
  const mb = (x) => `${(x / 1048576).toFixed(2)} MB`;
  const stat = (kind, key, q) => quantile(samples[kind][key] ?? [], q);
  const rows = [];
  const row = (id, what, key, fmt, budget, pass, q = [0.5, 0.95], kind = 'widget') => {
    const w = q.map((x) => stat(kind, key, x));
    const c = q.map((x) => stat('control', key, x));
    const diff = Number.isFinite(w[0] - c[0]) ? (fmt(w[0] - c[0]).startsWith('-') ? '' : '+') + fmt(w[0] - c[0]) : '–';
    const ok = pass(w, c);
    rows.push(`| ${id} | ${what} | ${w.map(fmt).join(' / ')} | ${c.map(fmt).join(' / ')} | ${diff} | ${budget} | ${ok ? 'within' : '**over**'} |`);
  };
  const fixed = (id, what, widget, control, budget, ok) =>
    rows.push(`| ${id} | ${what} | ${widget} | ${control} | – | ${budget} | ${ok ? 'within' : '**over**'} |`);
  fixed('P1a', 'first paint: largest compact page, HTML with its CSS, one response, brotli', kb(largest(true)), kb(controlHtml), '≤ 14 kB', largest(true) <= 14 * 1024);
  fixed('P1a', 'first paint: largest full page, HTML with its CSS, one response, brotli', kb(largest(false)), kb(controlHtml), '≤ 28 kB', largest(false) <= 28 * 1024);
  const both = ['compact', 'widget'];
  for (const kind of both) {
    const name = kind === 'compact' ? 'compact page' : 'full page';
    // One wasm for both pages: the compact budget holds for both (shared/BUDGETS.md P1b).
    row('P1b', `bytes before interactive, HTML excluded, as sent (${name})`, 'bytes', kb, '≤ 110 kB', (w) => w[0] <= 110 * 1024, [0.5, 0.95], kind);
  }
  for (const kind of both) {
    const name = kind === 'compact' ? 'compact page' : 'full page';
    row('P3', `requests before interactive, HTML included (${name})`, 'requests', (x) => String(x), '≤ 4: HTML → {loader, glue, wasm}', (w) => w[0] <= 4, [0.5, 0.95], kind);
    row('P3', `render-blocking requests besides the HTML (${name})`, 'blocking', (x) => String(x), '0', (w) => w[0] === 0, [0.5, 0.95], kind);
  }
  for (const kind of both) {
    const name = kind === 'compact' ? 'compact page' : 'full page';
    row('P4', `first contentful paint, slow 4G + 4× CPU (${name})`, 'fcp-slow', ms, '≤ control + 100 ms', (w, c) => w[0] <= c[0] + 100, [0.5, 0.95], kind);
    row('P5', `interactive, slow 4G + 4× CPU (${name})`, 'interactive-slow', ms, '≤ control + 500 ms', (w, c) => w[0] <= c[0] + 500, [0.5, 0.95], kind);
  }
  row('–', 'first contentful paint, unthrottled', 'fcp-fast', ms, '–', () => true);
  row('–', 'interactive, unthrottled', 'interactive-fast', ms, '–', () => true);
  row('P6', 'slider input → next frame, 4× CPU, 200-step drag (median / p95)', 'latency', ms1, 'p95 ≤ control p95', (w, c) => w[1] <= c[1]);
  row('P6', 'slider input → next frame, worst of each drag', 'latency-max', ms1, '≤ 50 ms', (w) => w[0] <= 50);
  row('–', 'long tasks during load, unthrottled', 'long-load', (x) => String(x), '–', () => true);
  row('–', 'long tasks during the drag', 'long-drag', (x) => String(x), '–', () => true);
  row('P8', 'memory after load', 'memory', mb, '≤ 2 MB', (w) => w[0] <= 2 * 1048576);
  row('P8', 'memory growth after 1 000 slider moves', 'growth', mb, 'none (≤ 64 kB of noise)', (w) => w[0] <= 64 * 1024);
  row('P9', 'layout shift in the host page', 'shift', (x) => x.toFixed(4), '0', (w) => w[0] === 0);
  rows.push(`| P7 | model recomputation, all regions × one scenario, native | ${modelMedian} µs median | – | – | ≤ 20 µs | ${modelMedian <= 20 ? 'within' : '**over**'} |`);
  const tallest = heights.reduce((a, b) => (b.height > a.height ? b : a));
  const lowest = Math.min(...heights.map((h) => h.height));
  fixed('P11', `compact embed height, default parts, 360 px wide, ${heights.length} pages (regions × languages): lowest–tallest (${tallest.page})`, `${lowest}–${tallest.height} px`, '–', '≤ 1 000 px', tallest.height <= 1000);
  return { rows, version, model };
}

const rows = [];
let version;
let model;
if (BROWSER) {
  const measured = await browserBench();
  rows.push(...measured.rows);
  ({ version, model } = measured);
}
// Lighthouse starts its own Chromium per run, after the browser above has closed.
const lighthouse = LIGHTHOUSE ? await runLighthouse({ root, runs: LIGHTHOUSE_RUNS }) : null;
if (lighthouse) rows.push(...lighthouse.rows);

const table = [
  '| # | measure | widget median / p95 | control median / p95 | difference of medians | budget | |',
  '|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
if (BROWSER) console.log(`\n${RUNS} runs; ${model}`);
if (lighthouse) console.log(`\n${lighthouse.text}`);
if (WRITE) {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1073741824)} GB, Chromium ${version}`;
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(join(root, 'docs', 'benchmarks.md'), `# Benchmarks\n\nOne run of the benchmark (\`scripts/dev/bench.mjs\` after a release build, as \`scripts/dev/bench.sh\` does) on ${date}: ${RUNS} fresh contexts per page and profile, medians and p95, the widget (release build) beside a plain-JS control page of the same shape (\`bench/control/\`), both served brotli-compressed from 127.0.0.1; then Lighthouse (P10, below). Machine: ${machine}. Timings swing by tens of per cent between runs on shared machines; read the differences to the control, not the absolute numbers.\n\n${table}\n\n${RUNS} runs; ${model}\n\n${lighthouse.section}\n`);
}
