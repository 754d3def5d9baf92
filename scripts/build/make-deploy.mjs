// Post-build step, after the service worker: what a server needs to send this build as it must
// be sent, written per build so that the Content-Security-Policy holds exactly the hashes the
// build needs (docs/deploy.md):
// - 404.html, the not-found page in the widget's colours (www/404.html; its one inline style is
//   allowed by its hash, nothing else inline is);
// - _headers, the headers as a file for hosts and CDNs that read one (Netlify, Cloudflare Pages):
//   the policy and the other security headers on everything, `immutable` on hashed names,
//   `no-cache` on pages, the service worker, the web app manifest, latest.json and the oEmbed
//   files.
// deploy/nginx.conf.template reads the same headers from _headers (scripts/deploy/nginx.mjs).
// Usage: node scripts/build/make-deploy.mjs DIR (post-build.sh passes Trunk's staging folder).

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, readManifest, stagingDir } from './manifest.mjs';

const STEP = 'make-deploy';
const dir = stagingDir(STEP);
const manifest = readManifest(STEP, dir, ['files.glue', 'files.wasm', 'files.icon', 'files.loader', 'pages', 'style_hash']);

// The policy the widget runs under (the end-to-end tests read it from _headers): the pages' one
// <style> (inline-style.mjs) and the 404 page's allowed by their hashes, nothing else inline.
const page404 = readFileSync(new URL('../../www/404.html', import.meta.url), 'utf8');
const style = page404.match(/<style>([\s\S]*?)<\/style>/)?.[1];
if (style === undefined) fail(STEP, 'www/404.html has no <style> element');
if (/<style/.test(page404.replace(/<style>[\s\S]*?<\/style>/, ''))) fail(STEP, 'www/404.html has more than one <style>');
const notFoundHash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
const csp = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  `style-src 'self' '${manifest.style_hash}' ${notFoundHash}`,
  "img-src 'self' blob:",
].join('; ');
writeFileSync(join(dir, '404.html'), page404);

const { files } = manifest;
const hashed = [files.loader, files.glue, files.wasm, files.icon];
const oembed = readdirSync(join(dir, 'oembed')).sort().map((name) => `/oembed/${name}`);
const pages = manifest.pages.map((folder) => `/${folder}`);
const block = (paths, headers) => paths.map((path) => `${path}\n${headers.map((h) => `  ${h}\n`).join('')}`).join('');
const headers = [
  '# Headers for this build, for hosts that read a _headers file (paths from the widget\'s folder;',
  '# under a sub-folder, put the folder before each path). Made by scripts/build/make-deploy.mjs.',
  block(['/*'], [
    `Content-Security-Policy: ${csp}`,
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: no-referrer',
  ]).trimEnd(),
  block(hashed.map((name) => `/${name}`), ['Cache-Control: public, max-age=31536000, immutable']).trimEnd(),
  block([...pages, '/404.html', '/sw.js', '/manifest.webmanifest', '/latest.json', '/dognplass-offline.html', ...oembed], ['Cache-Control: no-cache']).trimEnd(),
  block([`/${files.wasm}`], ['Content-Type: application/wasm']).trimEnd(),
].join('\n') + '\n';
writeFileSync(join(dir, '_headers'), headers);
console.log(`${STEP}: 404.html, _headers (${hashed.length} immutable, ${pages.length + oembed.length + 6} no-cache)`);
