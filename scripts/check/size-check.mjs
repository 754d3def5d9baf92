// Size check of the release build's critical path (shared/BUDGETS.md P1): every file the page
// needs before the widget is interactive (HTML, CSS, JS glue, wasm), raw, gzip and brotli
// (quality 11, as served pre-compressed). Prints a table, writes it to DIST/size-report.md,
// reports P1, and exits 1 above the ceiling in scripts/check/budgets.json.
// Usage: node scripts/check/size-check.mjs [dist]

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budgets = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'budgets.json'), 'utf8'));
const index = join(dist, 'index.html');
if (!existsSync(index)) {
  console.error(`size-check: no ${index}; build first (trunk build index.html --release)`);
  process.exit(2);
}

// Files named by the page: src/href attributes and the module script's import/init paths.
const html = readFileSync(index, 'utf8');
const named = new Set(['index.html']);
// Attribute values may be unquoted: the release build minifies the HTML.
// Addresses are relative to the page ("./x", the build's public_url) or, in older builds, "/x".
for (const [, path] of html.matchAll(/(?:src|href)=["']?(?:\.\/|\/)?([^"'\s>#?]+\.(?:js|wasm|css))(?=["'\s>])/g)) named.add(path);
for (const [, path] of html.matchAll(/["'](?:\.\/|\/)?([\w.-]+\.(?:js|wasm))["']/g)) named.add(path);
const present = new Set(readdirSync(dist));
const files = [...named].filter((f) => present.has(f));
if (!files.some((f) => f.endsWith('.wasm')) || !files.some((f) => f.endsWith('.js'))) {
  console.error('size-check: index.html names no .js or .wasm file; the critical path cannot be measured');
  process.exit(2);
}

const rows = files.sort().map((file) => {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => (n / 1024).toFixed(1);
const lines = [
  '| file | raw | gzip | brotli |',
  '|---|---:|---:|---:|',
  ...rows.map((r) => `| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`),
  `| **critical path** | ${total.raw} | ${total.gzip} | **${total.brotli}** (${kb(total.brotli)} kB) |`,
];
const budget = budgets.p1_budget_bytes;
const ceiling = budgets.p1_ceiling_bytes;
const p1 = total.brotli <= budget
  ? `P1 critical path ${kb(total.brotli)} kB brotli: within the ${kb(budget)} kB budget`
  : `P1 critical path ${kb(total.brotli)} kB brotli: OVER the ${kb(budget)} kB budget by ${kb(total.brotli - budget)} kB (see docs/budget-history.md)`;
lines.push('', p1, `Regression ceiling: ${kb(ceiling)} kB.`);
const report = lines.join('\n');
console.log(report);
writeFileSync(join(dist, 'size-report.md'), report + '\n');
// The embed's page: the pre-rendered compact view replaces index.html on its critical path.
const compact = join(dist, 'compact', 'index.html');
if (existsSync(compact)) {
  const page = brotliCompressSync(readFileSync(compact), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const index = rows.find((r) => r.file === 'index.html')?.brotli ?? 0;
  console.log(`Compact embed page (compact/index.html ${page} B): critical path ${kb(total.brotli - index + page)} kB brotli`);
}
// P2: what a host page loads for auto-height, checked on its own; the budget is hard.
const embedFile = join(dist, 'embed.js');
let embedOver = false;
if (existsSync(embedFile)) {
  const embed = brotliCompressSync(readFileSync(embedFile), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const p2 = budgets.p2_budget_bytes;
  embedOver = embed > p2;
  const line = `P2 host script embed.js: ${embed} bytes brotli (budget ${p2})${embedOver ? ' OVER' : ''}`;
  console.log(line);
  writeFileSync(join(dist, 'size-report.md'), report + '\n' + line + '\n');
} else {
  console.error('size-check: no embed.js in the build');
  process.exit(2);
}
if (embedOver) {
  console.error('size-check: embed.js is above the P2 budget');
  process.exit(1);
}
if (total.brotli > ceiling) {
  console.error(`size-check: ${total.brotli} bytes brotli is above the ceiling of ${ceiling}`);
  process.exit(1);
}
