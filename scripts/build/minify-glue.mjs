// Post-build step, after the single-file copy: minifies the JS glue that wasm-bindgen wrote
// (Trunk's own minifier stops at its `export ... as default` and leaves it whole), with terser,
// pinned in tools/package.json. Its export names stay (the loader calls `default`, `compute` and
// `mount`). The pages preload the glue with an integrity hash, so each page's preload element
// (the exact string in the build manifest) gets the new hash; the file keeps its name.
// Usage: node scripts/build/minify-glue.mjs DIR (post-build.sh passes Trunk's staging folder).

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fail, readManifest, replaceExact, stagingDir, writeManifest } from './manifest.mjs';

// terser is one of the build tools in tools/ (scripts/setup.sh installs them).
const tools = createRequire(new URL('../../tools/package.json', import.meta.url));
const { minify } = tools('terser');

const STEP = 'minify-glue';
const dir = stagingDir(STEP);
const manifest = readManifest(STEP, dir, ['files.glue', 'html.glue_preload', 'pages']);
const { glue } = manifest.files;
const before = readFileSync(join(dir, glue), 'utf8');

let result;
try {
  result = await minify(before, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
} catch (error) {
  fail(STEP, `terser could not minify ${glue}: ${error.message}`);
}
const after = result.code;
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

// The preload element names the glue's integrity hash; every page carries the same element.
const old = manifest.html.glue_preload;
const hash = `sha384-${createHash('sha384').update(after).digest('base64')}`;
const element = old.replace(/integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, `integrity=$1${hash}$1`);
if (element === old) fail(STEP, `${JSON.stringify(old)} has no sha384 integrity to update`);
const pages = ['', ...manifest.pages.filter((p) => p !== '')];
for (const page of pages) {
  const path = join(dir, page, 'index.html');
  const html = readFileSync(path, 'utf8');
  writeFileSync(path, replaceExact(STEP, html, old, element, `${page}index.html`));
}
manifest.html.glue_preload = element;
writeManifest(dir, manifest);
console.log(`${STEP}: ${glue} ${before.length} → ${after.length} bytes, ${pages.length} pages`);
