// Dev-time step (not part of the build): draws the app icon, www/favicon.svg, as the PNG icons
// the web app manifest lists (www/icon-192.png, www/icon-512.png), in the same headless Chromium
// the end-to-end tests use. Run after changing the icon: node scripts/build/make-icons.mjs
// (needs `npm ci` in tests/e2e). The PNGs are committed.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../../tests/e2e/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const svg = readFileSync(join(root, 'www', 'favicon.svg'), 'utf8');
const browser = await launch();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: join(root, 'www', `icon-${size}.png`), omitBackground: true });
    await page.close();
    console.log(`make-icons: www/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
