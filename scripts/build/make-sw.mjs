// Post-build step, last: fills in the service worker (sw.js, from www/sw.js) with the build's
// cache name (the release id from the build manifest and a hash of every file's content:
// dognplass-2026-11-22-1a2b3c4d-<12 hex>; www/sw.js adds its scope) and the list of its files, the pre-rendered pages as their
// folder addresses ("/", "/helse-vest/") as the manifest lists them.
// Usage: node scripts/build/make-sw.mjs DIR (post-build.sh passes Trunk's staging folder).

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fail, MANIFEST, readManifest, replaceExact, stagingDir } from './manifest.mjs';

const STEP = 'make-sw';
const dir = stagingDir(STEP);
const manifest = readManifest(STEP, dir, ['public_url', 'release.id', 'pages', 'files.offline_copy']);
const pages = new Set(manifest.pages.map((folder) => `${folder}index.html`));
for (const page of pages) {
  if (!existsSync(join(dir, page))) fail(STEP, `the manifest lists ${page}, which is not in the build`);
}
// The single-file copy is downloaded on request only; it is not needed to run the page offline.
// The manifest is the build's own note and is removed before the build is shipped.
// latest.json says which release is the newest: the worker always leaves it to the network.
const skip = new Set(['sw.js', MANIFEST, manifest.files.offline_copy, 'latest.json']);
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
  return manifest.public_url + (pages.has(rel) ? rel.slice(0, -'index.html'.length) : rel);
});
const cache = `dognplass-${manifest.release.id}-${hash.digest('hex').slice(0, 12)}`;
const file = join(dir, 'sw.js');
let source = readFileSync(file, 'utf8');
source = replaceExact(STEP, source, "const BUILD = 'dognplass-dev';", `const BUILD = '${cache}';`, 'sw.js');
source = replaceExact(STEP, source, 'const FILES = [];', `const FILES = ${JSON.stringify(urls)};`, 'sw.js');
writeFileSync(file, source);
console.log(`make-sw: ${cache}, ${urls.length} files`);
