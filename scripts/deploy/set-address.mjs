// Deploy step: writes the widget's public address into a build's oEmbed files
// (oembed/<region>-<lang>.json, whose embed code must name the address absolutely), with no
// rebuild. Everything else in the build is relative and works at any address as it is.
// scripts/deploy/publish.mjs calls it for each copy of a release it publishes, with the
// release's own folder (…/r/<id>/), so that oEmbed embeds are pinned to that release.
// CLI: node scripts/deploy/set-address.mjs DIST https://static.avisa.no/grafikk/dognplass/
// Library: setAddress(dist, address) → the number of files written.

import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** `address` as a folder address ending in "/", or an error saying what is wrong with it. */
export function folderAddress(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`${address} is not an absolute address (https://host/folder/)`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new Error(`${address}: expected an http(s) address without query or fragment`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Writes `address` (a folder) into every oEmbed file of the build in `dist`. */
export function setAddress(dist, address) {
  const base = folderAddress(address);
  const folder = join(dist, 'oembed');
  let count = 0;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    const path = join(folder, name);
    const response = JSON.parse(readFileSync(path, 'utf8'));
    // The host script's address is the old base followed by embed.js (src/model/publish.rs).
    const old = response.html.match(/<script src="([^"]*)embed\.js"/)?.[1];
    if (!old) throw new Error(`${path}: no host script to take the old address from`);
    response.html = response.html.replaceAll(old, base);
    const text = `${JSON.stringify(response)}\n`;
    writeFileSync(path, text);
    if (existsSync(`${path}.br`)) {
      writeFileSync(`${path}.br`, brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    count += 1;
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, address] = process.argv.slice(2);
  if (!dist || !address) {
    console.error('usage: node scripts/deploy/set-address.mjs DIST https://host/folder/');
    process.exit(2);
  }
  try {
    const count = setAddress(dist, address);
    console.log(`set-address: ${count} oEmbed files now name ${folderAddress(address)}`);
  } catch (e) {
    console.error(`set-address: ${e.message}`);
    process.exit(e.message.includes('not an absolute') || e.message.includes('expected an') ? 2 : 1);
  }
}
