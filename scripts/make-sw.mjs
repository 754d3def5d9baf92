// Trunk post-build step, last: fills in the service worker (dist/sw.js, from www/sw.js) with the
// build's cache name (a hash of every file's content) and the list of its files, pages as their
// folder addresses ("/", "/helse-vest/"). Usage: node scripts/make-sw.mjs DIR.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
const cache = `dognplass-${hash.digest('hex').slice(0, 12)}`;
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
