// Debian's Chromium through playwright-core, headless, with nothing that phones home: shared by
// the end-to-end test files.

import { chromium } from 'playwright-core';

const OPTIONS = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
};

/** A browser whose contexts are fresh, incognito-like profiles. */
export function launch() {
  return chromium.launch(OPTIONS);
}

/** A browser context on a real profile in `dir`, for checks Chromium skips in incognito
 * (installability). */
export function launchProfile(dir) {
  return chromium.launchPersistentContext(dir, OPTIONS);
}
