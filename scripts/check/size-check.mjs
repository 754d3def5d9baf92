// Byte budgets of the release build (shared/BUDGETS.md), brotli at quality 11 as the files are
// served precompressed (scripts/build/make-br.mjs). Limits in scripts/check/budgets.json; why each
// ceiling stands where it does: docs/budget-history.md.
//
//   node scripts/check/size-check.mjs DIST
//     P1a  first paint: every pre-rendered page's HTML, which holds the CSS it paints with
//          (scripts/build/inline-style.mjs); the largest compact page and the largest full page,
//          with the build's content hashes measured as fixed stand-ins (below).
//     P2   embed.js, the host page's script.
//     and, for the record, the critical path as index.html names it (HTML, loader, glue, wasm).
//   node scripts/check/size-check.mjs DIST --interactive FILE
//     P1b  interactive bytes: the files a compact and a full page asked for before the widget's
//          `interactive` mark, HTML excluded, as tests/e2e/budgets.test.mjs recorded them in FILE.
//
// Prints a table (and writes it to DIST/size-report.md, or size-report-interactive.md), reports
// each budget as within or OVER, and exits 1 above a ceiling (a regression guard that only goes
// down) or above P2. A budget that is still over does not fail; a ceiling crossed does.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const argv = process.argv.slice(2);
const dist = argv[0] ?? 'dist';
const interactiveAt = argv.indexOf('--interactive');
const interactiveFile = interactiveAt >= 0 ? argv[interactiveAt + 1] : null;
const { budgets, ceilings } = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'budgets.json'), 'utf8'));

function stop(message, code = 2) {
  console.error(`size-check: ${message}`);
  process.exit(code);
}
if (!existsSync(join(dist, 'index.html'))) stop(`no ${join(dist, 'index.html')}; build first (trunk build index.html --release)`);
if (interactiveAt >= 0 && !interactiveFile) stop('--interactive needs the file tests/e2e/budgets.test.mjs wrote');

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
// Content hashes in file names and integrity values are random-looking text that changes with
// any change anywhere in the build, and moves a page's brotli size by a few bytes either way.
// They are measured as fixed stand-ins of the same length and alphabet, so a page's size
// changes only with what the page says (a ceiling at the byte cannot fail on a new hash).
const stand = (value, k) => {
  const alphabet = /^[0-9a-f]+$/.test(value) ? '0123456789abcdef' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const seed = createHash('sha512').update(`stand-in ${k} ${value.length}`).digest();
  return [...value].map((c, i) => (c === '=' ? '=' : alphabet[seed[i % seed.length] % alphabet.length])).join('');
};
const steady = (html) => {
  const seen = new Map();
  return html.replace(/(?<=-)[0-9a-f]{16}(?=(_bg)?\.(js|wasm|svg))|(?<=sha384-)[A-Za-z0-9+/]{64}/g, (value) => {
    if (!seen.has(value)) seen.set(value, stand(value, seen.size));
    return seen.get(value);
  });
};

const failures = [];
const out = [];

/** One budget row: `measured` against `budget` (reported) and `ceiling` (enforced). */
function judge(name, measured, budget, ceiling) {
  const verdict = measured <= budget ? `within the ${kb(budget)} budget` : `OVER the ${kb(budget)} budget by ${kb(measured - budget)}`;
  out.push(`${name}: ${measured} B (${kb(measured)}) brotli, ${verdict}; ceiling ${ceiling} B`);
  if (measured > ceiling) failures.push(`${name}: ${measured} bytes is above the ceiling of ${ceiling} (scripts/check/budgets.json; lower the bytes, never raise the ceiling without the reason in docs/budget-history.md)`);
}

if (interactiveFile) {
  // ---- P1b: what each page loaded before it answered.
  if (!existsSync(interactiveFile)) stop(`no ${interactiveFile}: the end-to-end stage (tests/e2e/budgets.test.mjs) writes it`);
  const recorded = JSON.parse(readFileSync(interactiveFile, 'utf8'));
  out.push('| page | file | brotli |', '|---|---|---:|');
  const totals = {};
  for (const kind of ['compact', 'full']) {
    const entry = recorded[kind];
    if (!entry?.requests?.length) stop(`${interactiveFile} has no requests for the ${kind} page`);
    let total = 0;
    for (const file of entry.requests) {
      const path = join(dist, file);
      if (!existsSync(path)) stop(`${file} (recorded for ${entry.page}) is not in ${dist}: the recording is of another build`);
      // The loader names the glue and the wasm by their hashes: stand-ins, as for the pages.
      const size = brotli(file.endsWith('.js') ? Buffer.from(steady(readFileSync(path, 'utf8'))) : readFileSync(path));
      total += size;
      out.push(`| ${entry.page} | ${file} | ${size} |`);
    }
    out.push(`| **${entry.page}** | **before interactive** | **${total}** |`);
    totals[kind] = { page: entry.page, total, wasm: entry.requests.find((f) => f.endsWith('.wasm')) };
  }
  out.push('');
  // One wasm for both pages: the compact budget holds for both (shared/BUDGETS.md P1b).
  const shared = totals.compact.wasm === totals.full.wasm;
  judge(`P1b compact page ${totals.compact.page}`, totals.compact.total, budgets.p1b_compact, ceilings.p1b_compact);
  judge(`P1b full page ${totals.full.page}${shared ? ' (same wasm: the compact budget)' : ''}`, totals.full.total,
    shared ? budgets.p1b_compact : budgets.p1b_full, ceilings.p1b_full);
  writeFileSync(join(dist, 'size-report-interactive.md'), out.join('\n') + '\n');
} else {
  // ---- P1a: every pre-rendered page, as one response.
  const pages = [];
  (function walk(dir) {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(relative(dist, path).split(sep).join('/'));
    }
  })(dist);
  const sized = pages.map((page) => ({ page, brotli: brotli(Buffer.from(steady(readFileSync(join(dist, page), 'utf8')))) }));
  const largest = (compact) => sized.filter((p) => p.page.includes('compact/') === compact).sort((a, b) => b.brotli - a.brotli)[0];
  const compact = largest(true);
  const full = largest(false);
  if (!compact || !full) stop(`${dist} has no pre-rendered compact or full page`);
  out.push(`${sized.length} pre-rendered pages, HTML with its inline CSS, brotli: compact ${Math.min(...sized.filter((p) => p.page.includes('compact/')).map((p) => p.brotli))}–${compact.brotli} B, full ${Math.min(...sized.filter((p) => !p.page.includes('compact/')).map((p) => p.brotli))}–${full.brotli} B`);
  if (/<link[^>]+rel=["']?stylesheet/i.test(readFileSync(join(dist, compact.page), 'utf8'))) {
    failures.push(`${compact.page} links a style sheet: the first paint would wait for a second response (P1a)`);
  }
  judge(`P1a compact page (largest: ${compact.page})`, compact.brotli, budgets.p1a_compact, ceilings.p1a_compact);
  judge(`P1a full page (largest: ${full.page})`, full.brotli, budgets.p1a_full, ceilings.p1a_full);

  // ---- The critical path as index.html names it, for the record (docs/budget-history.md).
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const named = new Set(['index.html']);
  for (const [, path] of html.matchAll(/(?:src|href)=["']?(?:\.\/|\/)?([^"'\s>#?]+\.(?:js|wasm|css))(?=["'\s>])/g)) named.add(path);
  const files = [...named].filter((f) => existsSync(join(dist, f))).sort();
  if (!files.some((f) => f.endsWith('.wasm')) || !files.some((f) => f.endsWith('.js'))) stop('index.html names no .js or .wasm file');
  const rows = files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes) };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  out.push('', '| file | raw | gzip | brotli |', '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`),
    `| **critical path of index.html** | ${total.raw} | ${total.gzip} | **${total.brotli}** (${kb(total.brotli)}) |`, '');

  // ---- P2: the host page's script; a hard budget.
  const embed = join(dist, 'embed.js');
  if (!existsSync(embed)) stop('no embed.js in the build');
  const p2 = brotli(readFileSync(embed));
  out.push(`P2 host script embed.js: ${p2} B brotli (budget ${budgets.p2} B)${p2 > budgets.p2 ? ' OVER' : ''}`);
  if (p2 > budgets.p2) failures.push('embed.js is above the P2 budget');
  writeFileSync(join(dist, 'size-report.md'), out.join('\n') + '\n');
}

console.log(out.join('\n'));
for (const failure of failures) console.error(`size-check: ${failure}`);
process.exit(failures.length ? 1 : 0);
