// Post-build step, after the pre-render: writes dognplass-offline.html, the whole calculator in
// one file for use without a network ("Last ned for bruk uten nett"). It is the front page,
// pre-rendered as the copy (no embed panel, no link to itself, no oEmbed link; its style is
// inline like every page's), with the icon, the JS glue, the wasm (base64) and the figure export inlined, and without
// what only a served page uses (the loader and service worker, the preloads, the web app
// manifest). It opens from disk (file://) and makes no request. File names and the elements to
// drop or replace come from the build manifest, as exact strings.
// Usage: node scripts/build/make-single.mjs DIR (post-build.sh passes Trunk's staging folder).

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, readManifest, replaceExact, stagingDir, writeManifest } from './manifest.mjs';

const STEP = 'make-single';
const OUT = 'dognplass-offline.html';
const dir = stagingDir(STEP);
const manifest = readManifest(STEP, dir, [
  'files.glue', 'files.wasm', 'files.icon', 'offline_base',
  'html.loader', 'html.glue_preload', 'html.wasm_preload', 'html.web_manifest', 'html.icon',
]);
const { files } = manifest;
const read = (name) => {
  const path = join(dir, name);
  if (!existsSync(path)) fail(STEP, `no ${name} in the build`);
  return readFileSync(path, 'utf8');
};

// The front page pre-rendered as the copy shows itself (src/bin/prerender.rs writes it).
const base = manifest.offline_base;
let html = read(base);
const where = `${base} (src/bin/prerender.rs)`;
// What a file on disk cannot use, or must not fetch.
for (const key of ['loader', 'glue_preload', 'wasm_preload', 'web_manifest']) {
  html = replaceExact(STEP, html, manifest.html[key], '', where);
}
// Inline `</` would end the element early; the scripts have none, checked here. The style is
// in the page already (inline-style.mjs).
const inline = (text, what) => {
  if (/<\/(style|script)/i.test(text)) fail(STEP, `${what} contains a closing tag`);
  return text;
};
const icon = `data:image/svg+xml,${encodeURIComponent(read(files.icon))}`;
html = replaceExact(STEP, html, manifest.html.icon, `<link rel="icon" href="${icon}">`, where);

// The glue as a plain module body: its exports become local names the loader calls.
let glue = read(files.glue);
const tail = /export\s*\{\s*initSync\s*,\s*__wbg_init as default\s*\};?\s*$/;
if (!tail.test(glue)) fail(STEP, `${files.glue} does not end with the expected export list`);
glue = glue.replace(tail, '').replace(/^export (function|class|const|let) /gm, '$1 ');
if (/\bexport\b/.test(glue)) fail(STEP, `${files.glue} has an export this script does not know`);
const wasm = readFileSync(join(dir, files.wasm)).toString('base64');
const loader = `${inline(glue, files.glue)}
const bytes = Uint8Array.from(atob('${wasm}'), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
window.wasmBindings = { compute, mount };
`;
// The figure export as Trunk copied it (www/export.js), its one export a local function.
const exportCode = replaceExact(STEP, read('export.js'), 'export async function run(', 'async function run(', 'export.js');
const figures = `${inline(exportCode, 'export.js')}
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element && event.target.closest('[data-export]');
  if (button) run(button);
});
`;
const head = `<meta name="dognplass-copy" content="offline"><script type="module">${loader}</script><script type="module">${figures}</script>`;
html = replaceExact(STEP, html, '</head>', head + '</head>', where);
writeFileSync(join(dir, OUT), html);
rmSync(join(dir, base));
// Downloaded on request only: the service worker leaves it out (make-sw.mjs).
files.offline_copy = OUT;
writeManifest(dir, manifest);
console.log(`make-single: ${OUT}, ${Math.round(html.length / 1024)} kB`);
