// Hosting: the one release build behind the real web server (nginx, as deploy/ configures it,
// started from scripts/deploy/nginx.mjs on 127.0.0.1), once at the site's root and once in a
// sub-folder, as a newsroom's static host serves it. Every header, precompressed files, a second
// visit that asks for no hashed file (with service workers blocked, so the headers pass it, not
// the worker), the worker's scope, the 404 page, and the widget itself: it runs, the region
// changes, nothing is missing, and in the sub-folder nothing is asked for outside it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { launch } from './chromium.mjs';
import { buildHeaders, startNginx } from '../../scripts/deploy/nginx.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.DIST_DIR ?? join(here, '..', '..', 'dist'));
const PREFIXES = ['/', '/grafikk/dognplass/'];
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|css|wasm|svg)$/;

let browser;
const servers = {};

before(async () => {
  assert.ok(existsSync(join(DIST, '_headers')), `no release build with _headers at ${DIST}`);
  for (const prefix of PREFIXES) servers[prefix] = await startNginx({ dist: DIST, prefix });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

const files = () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const find = (re) => html.match(re)?.[1];
  return {
    wasm: find(/href=\.\/(dognplass-[0-9a-f]+_bg\.wasm)/),
    glue: find(/href=\.\/(dognplass-[0-9a-f]+\.js)/),
    boot: find(/src="\.\/(boot-[0-9a-f]+\.js)"/),
  };
};

for (const prefix of PREFIXES) {
  test(`headers at ${prefix}: policy, types, brotli, caching, 404`, async () => {
    const { base, url } = servers[prefix];
    // Names as the build wrote them; fetch's headers are read by lower-case name.
    const expected = Object.fromEntries(Object.entries(buildHeaders(DIST)).map(([k, v]) => [k.toLowerCase(), v]));
    assert.match(expected['content-security-policy'], /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-/);
    const f = files();
    for (const name of Object.values(f)) assert.ok(name, 'a file name from index.html');
    const cases = [
      ['', 'text/html', 'no-cache'],
      ['helse-vest/compact/', 'text/html', 'no-cache'],
      ['en/helse-nord/', 'text/html', 'no-cache'],
      [f.wasm, 'application/wasm', 'immutable'],
      [f.glue, 'text/javascript', 'immutable'],
      [f.boot, 'text/javascript', 'immutable'],
      ['sw.js', 'text/javascript', 'no-cache'],
      ['manifest.webmanifest', 'application/manifest+json', 'no-cache'],
      ['oembed/helse-vest-nn.json', 'application/json', 'no-cache'],
      ['embed.js', 'text/javascript', 'no-cache'],
    ];
    for (const [path, type, cache] of cases) {
      const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br' } });
      const h = (name) => response.headers.get(name) ?? '';
      assert.equal(response.status, 200, path);
      assert.ok(h('content-type').startsWith(type), `${path}: ${h('content-type')}`);
      assert.equal(h('content-encoding'), 'br', `${path} comes precompressed`);
      assert.equal(h('vary'), 'Accept-Encoding', path);
      assert.ok(h('cache-control').includes(cache), `${path}: ${h('cache-control')}`);
      if (cache === 'immutable') assert.match(h('cache-control'), /max-age=31536000/);
      for (const [name, value] of Object.entries(expected)) assert.equal(h(name), value, `${path}: ${name}`);
      await response.arrayBuffer();
    }
    // The build's own latest.json: asked for afresh every time, and naming this build alone.
    const latest = await fetch(`${base}latest.json`);
    assert.equal(latest.headers.get('cache-control'), 'no-cache');
    assert.ok(latest.headers.get('content-type').startsWith('application/json'));
    const own = await latest.json();
    assert.deepEqual(Object.keys(own), ['release', 'date']);
    assert.match(own.release, new RegExp(`^${own.date}-[0-9a-f]{8}$`));
    // The web app manifest's start, scope and icons resolve inside the folder.
    const manifest = await (await fetch(`${base}manifest.webmanifest`)).json();
    for (const address of [manifest.start_url, manifest.scope, ...manifest.icons.map((i) => i.src)]) {
      assert.ok(new URL(address, `${base}manifest.webmanifest`).href.startsWith(base), address);
    }
    // Without brotli in the request, the file itself.
    const plain = await fetch(`${base}${f.wasm}`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(Buffer.from(await plain.arrayBuffer()).subarray(0, 4).toString('hex'), '0061736d', 'wasm magic');
    // A missing page: 404 in the widget's style, a way back to the folder, the same policy.
    const missing = await fetch(`${base}helse-vest/finnes-ikke`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-security-policy'), expected['content-security-policy']);
    const body = await missing.text();
    assert.match(body, /Fant ikke denne siden/);
    assert.ok(body.includes(`href="${prefix}"`), 'the 404 page links to the widget');
    if (prefix !== '/') {
      // Nothing outside the folder, and the folder without its slash leads into it.
      assert.equal((await fetch(`${url}/${f.wasm}`)).status, 404);
      const bare = await fetch(`${url}${prefix.slice(0, -1)}`, { redirect: 'manual' });
      assert.equal(bare.status, 301);
      assert.equal(bare.headers.get('location'), prefix);
    }
  });

  test(`the widget at ${prefix}: runs, changes region, asks for nothing missing or outside`, async () => {
    const { base, url, logFile } = servers[prefix];
    // Service workers blocked: a second visit must be served by the HTTP cache alone.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const problems = [];
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
    page.on('request', (r) => {
      const address = new URL(r.url());
      if (address.origin === url && !address.pathname.startsWith(prefix)) problems.push(`outside ${prefix}: ${r.url()}`);
    });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    for (const path of ['helse-vest/', 'nn/helse-nord/compact/', '']) {
      await page.goto(`${base}${path}`);
      await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
    }
    await page.goto(`${base}helse-vest/`);
    await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
    await page.click('[data-testid="region-helse-nord"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="region-name"]').textContent === 'Helse Nord');
    // The embed code names this folder, absolutely.
    await page.click('[data-testid="embed-builder"] summary');
    const code = await page.locator('[data-testid="embed-code-0"]').inputValue();
    assert.ok(code.includes(`src="${base}helse-vest/compact/`), code);
    // The language links stay in the folder.
    const en = await page.locator('[data-testid="lang-en"]').evaluate((a) => a.href);
    assert.ok(en.startsWith(`${base}en/`), en);
    // A second visit: the hashed files come from the browser's cache, unasked.
    const logged = () => readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
    const before = logged().length;
    await page.goto(`${base}helse-vest/`);
    await page.waitForSelector('[data-testid="app"][data-mounted="true"]');
    const again = logged().slice(before).map((line) => line.split('"')[1] ?? '');
    assert.ok(again.some((r) => r.includes(`GET ${prefix}helse-vest/ `)), `the page was asked for again: ${again.join(' | ')}`);
    assert.deepEqual(again.filter((r) => HASHED.test(r.split(' ')[1] ?? '')), [], 'no hashed file asked for again');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`the service worker at ${prefix} is scoped to the folder`, async () => {
    const { base } = servers[prefix];
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base);
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    assert.equal(scope, base);
    await context.close();
  });
}

test('a deploy step writes the public address into the oEmbed files, nothing else', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'dognplass-address-'));
  cpSync(join(DIST, 'oembed'), join(copy, 'oembed'), { recursive: true });
  const address = 'https://static.avisa.example/grafikk/dognplass/';
  execFileSync('node', [join(here, '..', '..', 'scripts', 'deploy', 'set-address.mjs'), copy, address]);
  for (const name of ['norge-nb.json', 'helse-vest-en.json']) {
    const response = JSON.parse(readFileSync(join(copy, 'oembed', name), 'utf8'));
    assert.ok(response.html.includes(`src="${address}`), response.html);
    assert.ok(response.html.includes(`<script src="${address}embed.js"`), response.html);
    assert.ok(!response.html.includes('127.0.0.1'), response.html);
    const br = brotliDecompressSync(readFileSync(join(copy, 'oembed', `${name}.br`))).toString();
    assert.deepEqual(JSON.parse(br), response, 'the .br copy says the same');
  }
  rmSync(copy, { recursive: true, force: true });
});
