// Trunk post-build step: moves the inline module script Trunk writes into index.html (it
// imports the JS glue and starts the wasm) into its own file, boot-<hash>.js, so the page runs
// under a strict Content-Security-Policy without 'unsafe-inline':
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// Usage: node scripts/build/externalize-loader.mjs DIR (Trunk passes its staging folder).

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-loader: no folder given');
  process.exit(2);
}
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const inline = [...html.matchAll(/<script type=["']?module["']?>([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) {
  console.error(`externalize-loader: expected one inline module script in ${file}, found ${inline.length}`);
  process.exit(1);
}
const [whole, code] = inline[0];
const hash = createHash('sha256').update(code).update(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'www', 'offline.js'))).digest('hex').slice(0, 16);
const name = `boot-${hash}.js`;
// The service worker's registration (www/offline.js) rides along: no extra request.
const offline = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'www', 'offline.js'), 'utf8');
writeFileSync(join(dir, name), code.trim() + '\n' + offline);
writeFileSync(file, html.replace(whole, `<script type="module" src="/${name}"></script>`));
// `trunk serve` adds its own inline auto-reload script afterwards; it is for development only.
// The release build has none, which the end-to-end tests check under the strict policy.
