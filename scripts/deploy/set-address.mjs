// Deploy step: writes the widget's public address into a build's oEmbed files
// (oembed/<region>-<lang>.json, whose embed code must name the address absolutely), with no
// rebuild. Everything else in the build is relative and works at any address as it is.
// Usage: node scripts/deploy/set-address.mjs DIST https://static.avisa.no/grafikk/dognplass/

import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const [dist, address] = process.argv.slice(2);
if (!dist || !address) {
  console.error('usage: node scripts/deploy/set-address.mjs DIST https://host/folder/');
  process.exit(2);
}
let url;
try {
  url = new URL(address);
} catch {
  console.error(`set-address: ${address} is not an absolute address (https://host/folder/)`);
  process.exit(2);
}
if (!/^https?:$/.test(url.protocol) || url.search || url.hash) {
  console.error(`set-address: ${address}: expected an http(s) address without query or fragment`);
  process.exit(2);
}
const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
const folder = join(dist, 'oembed');
let count = 0;
for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
  const path = join(folder, name);
  const response = JSON.parse(readFileSync(path, 'utf8'));
  // The host script's address is the old base followed by embed.js (src/model/publish.rs).
  const old = response.html.match(/<script src="([^"]*)embed\.js"/)?.[1];
  if (!old) {
    console.error(`set-address: ${path}: no host script to take the old address from`);
    process.exit(1);
  }
  response.html = response.html.replaceAll(old, base);
  const text = `${JSON.stringify(response)}\n`;
  writeFileSync(path, text);
  if (existsSync(`${path}.br`)) {
    writeFileSync(`${path}.br`, brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  count += 1;
}
console.log(`set-address: ${count} oEmbed files now name ${base}`);
