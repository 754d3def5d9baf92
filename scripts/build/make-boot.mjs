// Post-build step: boot-<hash>.js, the page's one script. Trunk writes its loader (it imports
// the JS glue and starts the wasm) inline into index.html; this moves it into its own file
// together with www/first.js (the region links before the wasm) and www/offline.js (the
// service worker's registration and the figure export's loader), so no extra request, and
// index.html loads that file instead. So the page runs under
// a strict Content-Security-Policy without 'unsafe-inline' (make-deploy.mjs writes it):
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' plus the hashes
//   of the one inline style every page has and of the 404 page's
// The loader is found by the exact element the build manifest holds; the manifest then names
// the new file and element for the steps after this one.
// Usage: node scripts/build/make-boot.mjs DIR (post-build.sh passes Trunk's staging folder).

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyModule, readManifest, replaceExact, stagingDir, writeManifest } from './manifest.mjs';

const STEP = 'make-boot';
const dir = stagingDir(STEP);
const manifest = readManifest(STEP, dir, ['public_url', 'html.loader', 'files.wasm']);
const inline = manifest.html.loader;
// The wasm's address as Trunk wrote it is resolved against the page; pages live in sub-folders,
// so it is made relative to this file, which sits beside the wasm in the widget's root.
const code = replaceExact(
  STEP,
  inline.slice(inline.indexOf('>') + 1, inline.length - '</script>'.length),
  `module_or_path: '${manifest.public_url}${manifest.files.wasm}'`,
  `module_or_path: new URL('${manifest.files.wasm}', import.meta.url)`,
  "Trunk's loader",
);
const www = (name) => readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'www', name), 'utf8');
// www/first.js before the loader (it must work while the wasm is on its way, or if it never
// comes), www/offline.js after it (the service worker's precache waits for the wasm).
// Minified (terser): this file is on every page's critical path, and its comments are for the
// source, not the reader's phone.
const boot = await minifyModule(STEP, www('first.js') + '\n' + code.trim() + '\n' + www('offline.js'), 'www/first.js, the loader and www/offline.js');
const hash = createHash('sha256').update(boot).digest('hex').slice(0, 16);
const name = `boot-${hash}.js`;
writeFileSync(join(dir, name), boot);
const element = `<script type="module" src="${manifest.public_url}${name}"></script>`;
const file = join(dir, 'index.html');
writeFileSync(file, replaceExact(STEP, readFileSync(file, 'utf8'), inline, element, 'index.html'));
manifest.files.loader = name;
manifest.html.loader = element;
writeManifest(dir, manifest);
// `trunk serve` adds its own inline auto-reload script afterwards; it is for development only.
// The release build has none, which the end-to-end tests check under the strict policy.
