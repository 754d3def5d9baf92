// The one reader of a build's or a site's _headers file (written by scripts/build/make-deploy.mjs
// and scripts/deploy/publish.mjs): used by the nginx configuration, the publishing step and the
// deploy tests.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The blocks of a _headers text, in order: [path, ["Name: value", …]]; comments left out. */
export function headerBlocks(text) {
  const blocks = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (line.startsWith(' ')) blocks.at(-1)[1].push(line.trim());
    else blocks.push([line, []]);
  }
  return blocks;
}

/** The headers every response carries (the "/*" block of `dist`/_headers), name → value. */
export function buildHeaders(dist) {
  const all = headerBlocks(readFileSync(join(dist, '_headers'), 'utf8')).find(([path]) => path === '/*');
  if (!all) throw new Error(`${dist}/_headers has no "/*" block (scripts/build/make-deploy.mjs writes it)`);
  return Object.fromEntries(all[1].map((header) => {
    const at = header.indexOf(':');
    return [header.slice(0, at).trim(), header.slice(at + 1).trim()];
  }));
}
