// Trunk post-build step, last: fills in the service worker (dist/sw.js, from www/sw.js) with the
// build's cache name (the data release date from seeds/figures.toml and a hash of every file's
// content: dognplass-2026-11-22-<12 hex>) and the list of its files, pages as their folder
// addresses ("/", "/helse-vest/"). Usage: node scripts/build/make-sw.mjs DIR.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('make-sw: no folder given');
  process.exit(2);
}
// The single-file copy is downloaded on request only; it is not needed to run the page offline.
const skip = new Set(['sw.js', 'size-report.md', 'dognplass-offline.html']);
const files = [];
(function walk(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!skip.has(relative(dir, path))) files.push(path);
  }
})(dir);
const hash = createHash('sha256');
const urls = files.map((path) => {
  const rel = relative(dir, path).split(sep).join('/');
  hash.update(rel).update(readFileSync(path));
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
});
// The build has already checked the seeds, so the date is there and well formed.
const figures = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds', 'figures.toml'), 'utf8');
const release = figures.match(/^release_date = "(\d{4}-\d{2}-\d{2})"/m)?.[1];
if (!release) {
  console.error('make-sw: no release_date in seeds/figures.toml');
  process.exit(1);
}
const cache = `dognplass-${release}-${hash.digest('hex').slice(0, 12)}`;
const file = join(dir, 'sw.js');
const source = readFileSync(file, 'utf8');
const filled = source
  .replace("const CACHE = 'dognplass-dev';", `const CACHE = '${cache}';`)
  .replace('const FILES = [];', `const FILES = ${JSON.stringify(urls)};`);
if (filled === source) {
  console.error('make-sw: sw.js has no CACHE and FILES lines to fill in');
  process.exit(1);
}
writeFileSync(file, filled);
console.log(`make-sw: ${cache}, ${urls.length} files`);
