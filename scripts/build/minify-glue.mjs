// Post-build step, after the single-file copy: minifies the JS glue that wasm-bindgen wrote
// (Trunk's own minifier stops at its `export ... as default` and leaves it whole), with terser,
// pinned in tools/package.json. Its export names stay (the loader calls `default`, `compute` and
// `mount`). The pages preload the glue with an integrity hash, so each page's preload element
// (the exact string in the build manifest) gets the new hash; the file keeps its name.
// Usage: node scripts/build/minify-glue.mjs DIR (post-build.sh passes Trunk's staging folder).

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, minifyModule, readManifest, replaceExact, stagingDir, writeManifest } from './manifest.mjs';

const STEP = 'minify-glue';
const dir = stagingDir(STEP);
const manifest = readManifest(STEP, dir, ['files.glue', 'html.glue_preload', 'pages']);
const { glue } = manifest.files;
const before = readFileSync(join(dir, glue), 'utf8');

const after = await minifyModule(STEP, before, glue);
// The names the module exports, from its export lists and exported declarations.
const exported = (code) => {
  const names = new Set();
  for (const [, list] of code.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const item of list.split(',')) names.add(item.trim().split(/\s+as\s+/).pop());
  }
  for (const [, name] of code.matchAll(/export\s+(?:async\s+)?(?:function\*?|class|const|let|var)\s+([\w$]+)/g)) names.add(name);
  return names;
};
const want = exported(before);
const have = exported(after);
for (const name of want) {
  if (!have.has(name)) fail(STEP, `the minified ${glue} no longer exports ${name}`);
}
writeFileSync(join(dir, glue), after);

// The preload element names the glue's integrity hash; every page carries it (pages in
// sub-folders with their own relative address), so the hash itself is replaced.
const old = manifest.html.glue_preload;
const before_hash = old.match(/integrity=("?)(sha384-[A-Za-z0-9+/=]+)\1/)?.[2];
if (!before_hash) fail(STEP, `${JSON.stringify(old)} has no sha384 integrity to update`);
const hash = `sha384-${createHash('sha384').update(after).digest('base64')}`;
const element = old.replace(before_hash, hash);
const pages = ['', ...manifest.pages.filter((p) => p !== '')];
for (const page of pages) {
  const path = join(dir, page, 'index.html');
  const html = readFileSync(path, 'utf8');
  writeFileSync(path, replaceExact(STEP, html, before_hash, hash, `${page}index.html`));
}
manifest.html.glue_preload = element;
writeManifest(dir, manifest);
console.log(`${STEP}: ${glue} ${before.length} → ${after.length} bytes, ${pages.length} pages`);
