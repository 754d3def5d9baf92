// Trunk post-build step, after the pre-render: writes dognplass-offline.html, the whole
// calculator in one file for use without a network ("Last ned for bruk uten nett"). It is the
// front page, pre-rendered as the copy (no embed panel, no link to itself), with the style
// sheet, the icon, the JS glue, the wasm (base64) and the figure export inlined, and without
// what only a served page uses (service worker, manifest, oEmbed link, preloads). It opens from
// disk (file://) and makes no request.
// Usage: node scripts/build/make-single.mjs DIR (Trunk passes its staging folder).

import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('make-single: no folder given');
  process.exit(2);
}
const fail = (message) => {
  console.error(`make-single: ${message}`);
  process.exit(1);
};
const only = (pattern, what) => {
  const found = readdirSync(dir).filter((name) => pattern.test(name));
  if (found.length !== 1) fail(`expected one ${what} in ${dir}, found ${found.length}`);
  return found[0];
};
const glueName = only(/^dognplass-[0-9a-f]+\.js$/, 'JS glue');
const wasmName = only(/^dognplass-[0-9a-f]+_bg\.wasm$/, 'wasm file');
const cssName = only(/^style-[0-9a-f]+\.css$/, 'style sheet');
const iconName = only(/^favicon-[0-9a-f]+\.svg$/, 'icon');
const exportCode = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'www', 'export.js'), 'utf8');

// The front page pre-rendered as the copy shows itself (src/bin/prerender.rs writes it).
const base = join(dir, 'offline-base.html');
if (!existsSync(base)) fail(`no ${base}: the pre-render step writes it`);
let html = readFileSync(base, 'utf8');
rmSync(base);
// What a file on disk cannot use, or must not fetch.
const drop = [
  /<script type="?module"? src="?\/boot-[0-9a-f]+\.js"?><\/script>/,
  /<link[^>]*rel="?modulepreload"?[^>]*>/,
  /<link[^>]*rel="?preload"?[^>]*>/,
  /<link[^>]*rel="?manifest"?[^>]*>/,
  /<link[^>]*rel="?alternate"?[^>]*>/,
];
for (const pattern of drop) {
  if (!pattern.test(html)) fail(`offline-base.html has no ${pattern}`);
  html = html.replace(pattern, '');
}
const swap = (pattern, replacement, what) => {
  if (!pattern.test(html)) fail(`offline-base.html has no ${what}`);
  html = html.replace(pattern, () => replacement);
};
// Inline `</` would end the element early; the style sheet and scripts have none, checked here.
const inline = (text, what) => {
  if (/<\/(style|script)/i.test(text)) fail(`${what} contains a closing tag`);
  return text;
};
swap(/<link[^>]*rel="?stylesheet"?[^>]*>/, `<style>${inline(readFileSync(join(dir, cssName), 'utf8'), cssName)}</style>`, 'style sheet link');
const icon = `data:image/svg+xml,${encodeURIComponent(readFileSync(join(dir, iconName), 'utf8'))}`;
swap(/<link[^>]*rel="?icon"?[^>]*>/, `<link rel="icon" href="${icon}">`, 'icon link');

// The glue as a plain module body: its exports become local names the loader calls.
let glue = readFileSync(join(dir, glueName), 'utf8');
const tail = /export\s*\{\s*initSync\s*,\s*__wbg_init as default\s*\};?\s*$/;
if (!tail.test(glue)) fail(`${glueName} does not end with the expected export list`);
glue = glue.replace(tail, '').replace(/^export (function|class|const|let) /gm, '$1 ');
if (/^export /m.test(glue)) fail(`${glueName} has an export this script does not know`);
const wasm = readFileSync(join(dir, wasmName)).toString('base64');
const loader = `${inline(glue, glueName)}
const bytes = Uint8Array.from(atob('${wasm}'), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
window.wasmBindings = { compute, mount };
`;
const figures = `${inline(exportCode.replace(/^export async function run/m, 'async function run'), 'export.js')}
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element && event.target.closest('[data-export]');
  if (button) run(button);
});
`;
const head = `<meta name="dognplass-copy" content="offline"><script type="module">${loader}</script><script type="module">${figures}</script>`;
if (!/<\/head>|<body>/.test(html)) fail('offline-base.html has neither </head> nor <body>');
html = html.replace(/<\/head>|<body>/, (end) => head + end);
writeFileSync(join(dir, 'dognplass-offline.html'), html);
console.log(`make-single: dognplass-offline.html, ${Math.round(html.length / 1024)} kB`);
