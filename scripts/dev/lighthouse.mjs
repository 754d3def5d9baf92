// Lighthouse for the benchmark (shared/BUDGETS.md P10), used by scripts/dev/bench.mjs: the release
// build served from 127.0.0.1 as a CDN serves it (the .br files the build wrote, and every header of
// dist/_headers: the Content-Security-Policy, `immutable` on hashed names, `no-cache` on pages),
// a compact page and the full page audited N times each with Lighthouse's default configuration
// (mobile: formFactor mobile, simulated throttling) in Debian's Chromium, started here with a
// fresh profile per run. Lighthouse is pinned in bench/package.json and installed by
// scripts/dev/bench.sh only; the test command reads its lockfile (npm-check.mjs) and never runs it.
//
// Library: `await runLighthouse({ root, runs })` → { pages, rows, section, text };
// `await serveLikeCdn(dist)` → { origin, close }.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

import { buildHeaders, headerBlocks } from '../deploy/headers.mjs';

const VERSION = '12.2.3';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CATEGORY_NAMES = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices', seo: 'SEO' };
// P10: the performance score per page; total blocking time and the other three categories alike.
const PAGES = [
  { id: 'compact', path: '/helse-vest/compact/', performance: 98 },
  { id: 'full', path: '/', performance: 95 },
];
const TBT_BUDGET = 150;
// Headless Chromium turns the back/forward cache off by a flag, so that audit says nothing here.
const IGNORED = new Set(['bf-cache']);
const UNSCORED = new Set(['informative', 'notApplicable', 'manual', 'error']);

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json', '.csv': 'text/csv; charset=utf-8',
};

/** Lighthouse from bench/node_modules, refusing any version but the pinned one. */
async function loadLighthouse(root) {
  const require = createRequire(join(root, 'bench', 'package.json'));
  let entry;
  try {
    entry = require.resolve('lighthouse');
  } catch {
    throw new Error('bench/node_modules has no lighthouse: run scripts/dev/bench.sh, which installs bench/package-lock.json');
  }
  const installed = JSON.parse(readFileSync(require.resolve('lighthouse/package.json'), 'utf8')).version;
  if (installed !== VERSION) throw new Error(`bench/node_modules holds lighthouse ${installed}, not ${VERSION}: run scripts/dev/bench.sh`);
  return (await import(pathToFileURL(entry).href)).default;
}

/** `dist` on 127.0.0.1 as production serves it: its .br files and the headers of its _headers. */
export async function serveLikeCdn(dist) {
  const common = buildHeaders(dist);
  const perPath = new Map();
  for (const [path, lines] of headerBlocks(readFileSync(join(dist, '_headers'), 'utf8'))) {
    if (path === '/*') continue;
    const headers = perPath.get(path) ?? {};
    for (const line of lines) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    perPath.set(path, headers);
  }
  const cache = new Map();
  const read = (file) => {
    if (!cache.has(file)) cache.set(file, readFileSync(file));
    return cache.get(file);
  };
  const isFile = (file) => existsSync(file) && statSync(file).isFile();
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(dist, path));
    if (file !== dist && !file.startsWith(dist + sep)) {
      res.writeHead(404).end();
      return;
    }
    // A folder without its slash goes to the folder, by a relative address (as nginx is set up).
    if (!path.endsWith('/') && existsSync(file) && statSync(file).isDirectory()) {
      res.writeHead(301, { ...common, location: `${path.split('/').pop()}/`, 'cache-control': 'no-cache' }).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    let status = 200;
    if (!isFile(file) || path.startsWith('/_headers')) {
      status = 404;
      path = '/404.html';
      file = join(dist, '404.html');
    }
    // Files _headers does not name (embed.js, icons) are revalidated, as nginx does with them.
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...common,
      'Cache-Control': 'no-cache',
      ...perPath.get(path),
      Vary: 'Accept-Encoding',
    };
    const brotli = /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && isFile(`${file}.br`);
    if (brotli) headers['Content-Encoding'] = 'br';
    const body = read(brotli ? `${file}.br` : file);
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Chromium with a fresh profile and a DevTools port the system chose (read from the profile). */
async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'dognplass-lighthouse-'));
  const child = spawn(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', `--user-data-dir=${profile}`,
    '--remote-debugging-port=0', 'about:blank'], { stdio: 'ignore' });
  const exited = new Promise((ok) => child.once('exit', ok));
  const close = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    // Chromium's helper processes may still be writing the cache for a moment after it exits.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.error(`lighthouse: left ${profile} (${error.code})`);
    }
  };
  const portFile = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 200; i += 1) {
    if (child.exitCode !== null) break;
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) {
        // The user agent Lighthouse records is reduced (156.0.0.0); DevTools names the build.
        const info = await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.json()).catch(() => ({}));
        return { port, version: info.Browser?.split('/')[1] ?? '?', close };
      }
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
  await close();
  throw new Error(`${CHROMIUM} did not open a DevTools port`);
}

const median = (values) => {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : NaN;
};

/** Up to three of what an audit found (elements' HTML, or addresses), shortened. */
function examples(audit) {
  const items = audit.details?.items ?? [];
  return items.slice(0, 3).map((item) => item.node?.snippet ?? item.url ?? item.source?.url ?? '')
    .filter(Boolean).map((text) => (text.length > 100 ? `${text.slice(0, 97)}...` : text));
}

/** What one Lighthouse result says about P10, the metrics, the long tasks and the failing audits. */
function summarise(lhr, seconds) {
  const a = lhr.audits;
  const value = (id) => a[id]?.numericValue ?? NaN;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? NaN : Math.round(lhr.categories[c].score * 100)]));
  const failing = Object.values(a)
    .filter((audit) => !IGNORED.has(audit.id) && !UNSCORED.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 0.9)
    .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score, display: audit.displayValue ?? '', examples: examples(audit) }));
  // Grouped by cause: one failing gatherer takes several audits with it.
  const errored = Object.values(a).filter((audit) => audit.scoreDisplayMode === 'error')
    .map((audit) => [audit.id, (audit.errorMessage ?? 'error').replace(/^.*(?:exception|error): /, '')]);
  return {
    seconds,
    scores,
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    si: value('speed-index'),
    mainThread: value('mainthread-work-breakdown'),
    bootup: value('bootup-time'),
    longTasks: (a['long-tasks']?.details?.items ?? []).map((t) => ({ url: t.url, duration: t.duration })),
    failing,
    errored,
    warnings: [...(lhr.runWarnings ?? []), ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : [])],
    settings: `formFactor ${lhr.configSettings.formFactor}, throttlingMethod ${lhr.configSettings.throttlingMethod}`,
    // Lighthouse's measure of the machine's speed at the time: low when other work shares the CPU.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
  };
}

/** The page's runs in one: medians, and the long tasks of the run with the median performance. */
function combine(page, runs) {
  const ordered = [...runs].sort((x, y) => x.scores.performance - y.scores.performance || x.tbt - y.tbt);
  const middle = ordered[Math.floor((ordered.length - 1) / 2)];
  const failing = new Map();
  for (const run of runs) {
    for (const f of run.failing) {
      const seen = failing.get(f.id) ?? { ...f, runs: 0 };
      seen.runs += 1;
      failing.set(f.id, seen);
    }
  }
  // The median run's value of each audit where it failed there; the first failing run's otherwise.
  for (const f of middle.failing) failing.set(f.id, { ...f, runs: failing.get(f.id).runs });
  const m = (key) => median(runs.map((r) => r[key]));
  return {
    ...page,
    runs,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])),
    performanceRuns: runs.map((r) => r.scores.performance),
    fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), si: m('si'), mainThread: m('mainThread'), bootup: m('bootup'),
    longTasks: middle.longTasks,
    failing: [...failing.values()].sort((x, y) => x.score - y.score || x.id.localeCompare(y.id)),
    errored: [...new Set(runs.flatMap((r) => r.errored.map(([, why]) => why)))]
      .map((why) => `${[...new Set(runs.flatMap((r) => r.errored.filter(([, w]) => w === why).map(([id]) => id)))].join(', ')} (${why})`),
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
  };
}

const sec = (x) => (Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : '–');
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '–');
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const shortUrl = (url, origin) => (url?.startsWith(origin) ? url.slice(origin.length) : url) || '(unattributed)';

/** P10 rows in bench.mjs's table (widget median, control, difference, budget, within/over). */
function rowsFor(p, runs) {
  const name = `${p.id} \`${p.path}\``;
  const others = CATEGORIES.slice(1).map((c) => p.scores[c]);
  return [
    `| P10 | Lighthouse performance, ${name} (mobile, median of ${plural(runs, 'run')}: ${p.performanceRuns.join(', ')}) | ${p.scores.performance} | – | – | ≥ ${p.performance} | ${p.scores.performance >= p.performance ? 'within' : '**over**'} |`,
    `| P10 | Lighthouse accessibility / best practices / SEO, ${p.id} | ${others.join(' / ')} | – | – | 100 each | ${others.every((s) => s === 100) ? 'within' : '**over**'} |`,
    `| P10 | Lighthouse total blocking time, ${p.id} | ${ms(p.tbt)} | – | – | ≤ ${TBT_BUDGET} ms | ${p.tbt <= TBT_BUDGET ? 'within' : '**over**'} |`,
  ];
}

/** One page's results as text lines (for the terminal and for docs/benchmarks.md). */
function describe(p, origin) {
  const lines = [];
  lines.push(`- **${p.id}** \`${p.path}\`: ${CATEGORIES.map((c) => `${CATEGORY_NAMES[c]} ${p.scores[c]}`).join(', ')} (performance per run: ${p.performanceRuns.join(', ')}).`);
  lines.push(`  FCP ${sec(p.fcp)}, LCP ${sec(p.lcp)}, TBT ${ms(p.tbt)}, CLS ${Number.isFinite(p.cls) ? p.cls.toFixed(3) : '–'}, Speed Index ${sec(p.si)}; main-thread work ${sec(p.mainThread)}, JS execution ${sec(p.bootup)} (medians).`);
  lines.push(p.longTasks.length === 0
    ? '  Long tasks (simulated, median run): none.'
    : `  Long tasks (simulated, median run): ${p.longTasks.length} — ${p.longTasks.map((t) => `${ms(t.duration)} ${shortUrl(t.url, origin)}`).join(', ')}.`);
  lines.push(p.failing.length === 0
    ? '  Failing audits (score < 0.9, bf-cache left out): none.'
    : ['  Failing audits (score < 0.9, bf-cache left out):', ...p.failing.map((f) => `  - \`${f.id}\` (${f.title}): score ${f.score}${f.display ? `, ${f.display}` : ''}; in ${f.runs} of ${plural(p.runs.length, 'run')}${f.examples.length ? `; e.g. ${f.examples.map((e) => `\`${shortUrl(e, origin).replaceAll('`', "'")}\``).join(', ')}` : ''}`)].join('\n'));
  if (p.errored.length) lines.push(`  Audits that errored: ${p.errored.join('; ')}.`);
  if (p.warnings.length) lines.push(`  Lighthouse warnings: ${p.warnings.join('; ')}.`);
  return lines;
}

/** Runs Lighthouse `runs` times on each page of the build in `root`/dist. */
export async function runLighthouse({ root, runs = 3, log = (text) => process.stderr.write(`${text}\n`) }) {
  const lighthouse = await loadLighthouse(root);
  const dist = join(root, 'dist');
  const server = await serveLikeCdn(dist);
  const pages = [];
  const started = Date.now();
  try {
    for (const page of PAGES) {
      const results = [];
      for (let run = 0; run < runs; run += 1) {
        const chromium = await launchChromium();
        const t0 = Date.now();
        try {
          const result = await lighthouse(server.origin + page.path, { port: chromium.port, logLevel: 'error', output: 'json' });
          if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          results.push({ ...summarise(result.lhr, (Date.now() - t0) / 1000), chromium: chromium.version });
        } finally {
          await chromium.close();
        }
        const last = results.at(-1);
        log(`lighthouse ${page.id} run ${run + 1} of ${runs}: performance ${last.scores.performance}, TBT ${ms(last.tbt)} (${last.seconds.toFixed(1)} s)`);
      }
      pages.push(combine(page, results));
    }
  } finally {
    await server.close();
  }
  const all = pages.flatMap((p) => p.runs);
  const first = all[0];
  const header = `Lighthouse ${VERSION}, default configuration (${first.settings}), Chromium ${first.chromium}; ${plural(runs, 'run')} per page, `
    + `${median(all.map((r) => r.seconds)).toFixed(1)} s per run (median), ${((Date.now() - started) / 1000).toFixed(0)} s in all; `
    + `BenchmarkIndex ${Math.round(median(all.map((r) => r.benchmarkIndex)))} (median; ${Math.round(Math.min(...all.map((r) => r.benchmarkIndex)))}–${Math.round(Math.max(...all.map((r) => r.benchmarkIndex)))}).`;
  const text = [header, ...pages.flatMap((p) => describe(p, server.origin))].join('\n');
  const section = [
    '## Lighthouse',
    '',
    `${header} The build was served from 127.0.0.1 as a CDN serves it: the brotli files the build wrote, and the headers of \`dist/_headers\` (the Content-Security-Policy, \`immutable\` for hashed names, \`no-cache\` for pages). Scores are medians over the runs; the long tasks are those of the run with the median performance score.`,
    '',
    ...pages.flatMap((p) => describe(p, server.origin)),
  ].join('\n');
  return { pages, rows: pages.flatMap((p) => rowsFor(p, runs)), text, section };
}
