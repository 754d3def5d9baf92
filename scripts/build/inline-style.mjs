// Post-build step, after the loader and before the pre-render: the style sheet goes into the
// page. Trunk links www/style.css (minified) as a second, render-blocking request; a reader on
// a slow network then waits one more round trip before the first paint (shared/BUDGETS.md P1a,
// P3). This replaces the link in index.html with a <style> element holding the same text, so
// every pre-rendered page (they are made from index.html) paints from its one response, and
// removes the file. The element is allowed by its hash, which this step records in the build
// manifest for the Content-Security-Policy (make-deploy.mjs) and the single-file copy.
// Usage: node scripts/build/inline-style.mjs DIR (post-build.sh passes Trunk's staging folder).

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, readManifest, replaceExact, stagingDir, writeManifest } from './manifest.mjs';

const STEP = 'inline-style';
const dir = stagingDir(STEP);
const manifest = readManifest(STEP, dir, ['files.style', 'html.style']);
const sheet = join(dir, manifest.files.style);
if (!existsSync(sheet)) fail(STEP, `no ${manifest.files.style} in the build`);
const css = readFileSync(sheet, 'utf8').trim();
// `</` inside the element would end it early; a style sheet has no business holding one.
if (/<\//.test(css)) fail(STEP, `${manifest.files.style} contains "</"`);
const element = `<style>${css}</style>`;
const file = join(dir, 'index.html');
writeFileSync(file, replaceExact(STEP, readFileSync(file, 'utf8'), manifest.html.style, element, 'index.html'));
rmSync(sheet);
// The hash covers exactly the element's text, as the browser computes it.
manifest.style_hash = `sha256-${createHash('sha256').update(css).digest('base64')}`;
manifest.html.style = element;
delete manifest.files.style;
writeManifest(dir, manifest);
console.log(`${STEP}: ${css.length} bytes of style in the page (${manifest.style_hash})`);
