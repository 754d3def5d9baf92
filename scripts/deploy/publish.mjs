// Deploy step: publishes a release build (dist/) into a site folder that keeps every release
// (docs/data-release.md, docs/deploy.md):
//   SITE/r/<id>/       this release, never touched again by a later one (the id is the release
//                      date and a hash of the seeds and the model: src/model/release.rs)
//   SITE/…             a copy of the newest release at the widget's root
//   SITE/latest.json   names the newest release and its folder; every page reads it
//   SITE/_headers      the root copy's headers and each release's, under its folder
// A release older than the site's newest goes under r/<id>/ only. Earlier releases, and files of
// earlier root copies (pages cached by readers still ask for their hashed files), are left in
// place: upload the site without deleting anything at the host.
// CLI: node scripts/deploy/publish.mjs DIST SITE [--address https://host/folder/]
// Library: publish({ dist, site, address }) → { id, date, newest, folder }.

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headerBlocks } from './headers.mjs';
import { folderAddress, setAddress } from './set-address.mjs';

const ID = /^(\d{4}-\d{2}-\d{2})-[0-9a-f]{8}$/;

/** latest.json of a build or a site: { release, date, path? }, or null when there is none. */
function readLatest(folder) {
  const file = join(folder, 'latest.json');
  if (!existsSync(file)) return null;
  const latest = JSON.parse(readFileSync(file, 'utf8'));
  const match = ID.exec(latest.release ?? '');
  if (!match || match[1] !== latest.date) throw new Error(`${file}: not a release's latest.json`);
  return latest;
}

/** SITE/_headers: the root copy's, then each release's under its folder (the "/*" block, for
    every path, once). Hosts that read a _headers file read only the one at the root. */
function writeSiteHeaders(site) {
  const own = headerBlocks(readFileSync(join(site, '_headers'), 'utf8').split('\n# Releases')[0]);
  const lines = [];
  for (const id of readdirSync(join(site, 'r')).filter((name) => ID.test(name)).sort()) {
    const file = join(site, 'r', id, '_headers');
    if (!existsSync(file)) continue;
    for (const [path, headers] of headerBlocks(readFileSync(file, 'utf8'))) {
      if (path === '/*') continue;
      lines.push(`/r/${id}${path}`, ...headers.map((h) => `  ${h}`));
    }
  }
  const text = [
    '# Headers for this site, for hosts that read a _headers file (paths from the widget\'s folder;',
    '# under a sub-folder, put the folder before each path). Written by scripts/deploy/publish.mjs.',
    ...own.flatMap(([path, headers]) => [path, ...headers.map((h) => `  ${h}`)]),
    '# Releases (r/<id>/), each with its own files',
    ...lines,
  ].join('\n');
  writeFileSync(join(site, '_headers'), `${text}\n`);
}

/** Publishes the build in `dist` into `site`; with `address`, writes the release's own public
    folder (address + r/<id>/) into the oEmbed files of both copies. */
export function publish({ dist, site, address }) {
  dist = resolve(dist);
  site = resolve(site);
  const own = readLatest(dist);
  if (!own || own.path) throw new Error(`${dist}: not a release build (no latest.json of its own; build with trunk build --release)`);
  if (existsSync(join(dist, 'r'))) throw new Error(`${dist}: holds r/, so it is a site, not a build`);
  const { release: id, date } = own;
  const folder = `r/${id}/`;
  const pinned = address ? `${folderAddress(address)}${folder}` : null;
  mkdirSync(join(site, 'r'), { recursive: true });
  const target = join(site, 'r', id);
  // The same id is the same seeds and model: a rebuild (for example with another style sheet)
  // replaces the folder.
  rmSync(target, { recursive: true, force: true });
  cpSync(dist, target, { recursive: true });
  if (pinned) setAddress(target, pinned);
  const current = readLatest(site);
  const newest = !current || current.date <= date;
  if (newest) {
    cpSync(dist, site, { recursive: true });
    if (pinned) setAddress(site, pinned);
    writeFileSync(join(site, 'latest.json'), `${JSON.stringify({ release: id, date, path: folder })}\n`);
    rmSync(join(site, 'latest.json.br'), { force: true });
  }
  writeSiteHeaders(site);
  return { id, date, newest, folder, current: current?.release ?? null };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--address');
  const address = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const [dist, site] = args;
  if (!dist || !site) {
    console.error('usage: node scripts/deploy/publish.mjs DIST SITE [--address https://host/folder/]');
    process.exit(2);
  }
  try {
    const done = publish({ dist, site, address });
    console.log(`publish: ${done.folder} in ${site}` + (done.newest
      ? `; the newest release, copied to the root and named in latest.json${done.current && done.current !== done.id ? ` (was ${done.current})` : ''}`
      : `; older than the site's newest (${done.current}), so under r/ only`));
  } catch (e) {
    console.error(`publish: ${e.message}`);
    process.exit(1);
  }
}
