// Post-build step, last: a brotli-compressed copy (<file>.br, quality 11) beside every file a
// browser fetches that compresses, so a server sends it as it is (nginx's brotli_static, or a
// CDN that serves precompressed files) and compresses nothing at request time.
// Usage: node scripts/build/make-br.mjs DIR (post-build.sh passes Trunk's staging folder).

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { MANIFEST, stagingDir } from './manifest.mjs';

const STEP = 'make-br';
const dir = stagingDir(STEP);
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg', '.webmanifest']);
let count = 0;
let saved = 0;
(function walk(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      walk(path);
      continue;
    }
    // The manifest is the build's own note, removed right after this step; latest.json is a
    // few bytes, and a deploy rewrites it (scripts/deploy/publish.mjs).
    if (!COMPRESSIBLE.has(extname(name)) || name === MANIFEST || name === 'latest.json') continue;
    const raw = readFileSync(path);
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    if (br.length >= raw.length) continue;
    writeFileSync(`${path}.br`, br);
    count += 1;
    saved += raw.length - br.length;
  }
})(dir);
console.log(`${STEP}: ${count} .br files, ${Math.round(saved / 1024)} kB smaller than the originals`);
