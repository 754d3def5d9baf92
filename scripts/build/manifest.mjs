// Helpers for the post-build steps (not a step): reading and adding to the build manifest that
// src/bin/build-manifest.rs writes into the staging folder, and editing text by the exact
// strings it holds. Every failure names the step and what was missing, and stops the build.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The manifest's file name inside the staging folder (post-build.sh removes it at the end). */
export const MANIFEST = 'build-manifest.json';

/** Stops the build with `step: message`. */
export function fail(step, message) {
  console.error(`${step}: ${message}`);
  process.exit(1);
}

/** The staging folder given on the command line (Trunk's, through post-build.sh). */
export function stagingDir(step) {
  const dir = process.argv[2];
  if (!dir) {
    console.error(`usage: node scripts/build/${step}.mjs DIR`);
    process.exit(2);
  }
  return dir;
}

/** The build manifest of `dir`, with the keys `step` needs checked to be there. */
export function readManifest(step, dir, keys) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
  } catch (error) {
    fail(step, `cannot read ${MANIFEST} (src/bin/build-manifest.rs writes it first): ${error.message}`);
  }
  for (const key of keys) {
    const value = key.split('.').reduce((at, part) => at?.[part], manifest);
    if (value === undefined) fail(step, `${MANIFEST} has no ${key}: run the steps in the order post-build.sh lists`);
  }
  return manifest;
}

/** Writes `manifest` back, for the steps after this one. */
export function writeManifest(dir, manifest) {
  writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
}

/** `text` with the one occurrence of `exact` replaced by `replacement`; fails unless there is
 *  exactly one. */
export function replaceExact(step, text, exact, replacement, where) {
  const at = text.indexOf(exact);
  if (at < 0) fail(step, `${where} does not contain ${JSON.stringify(exact)}`);
  if (text.indexOf(exact, at + 1) >= 0) fail(step, `${where} contains ${JSON.stringify(exact)} more than once`);
  return text.slice(0, at) + replacement + text.slice(at + exact.length);
}

/** `code`, an ES module, minified with terser (pinned in tools/package.json, which
 *  scripts/setup.sh installs); its export names stay. Fails the build with `what` named. */
export async function minifyModule(step, code, what) {
  const tools = createRequire(new URL('../../tools/package.json', import.meta.url));
  const { minify } = tools('terser');
  try {
    const result = await minify(code, {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
    });
    return result.code;
  } catch (error) {
    fail(step, `terser could not minify ${what}: ${error.message}`);
  }
}
