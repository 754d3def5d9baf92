// Debian's Chromium through playwright-core, headless, with nothing that phones home: shared by
// the end-to-end test files. Every browser context it makes is watched for the whole suite
// (issue 8): a request to any origin but 127.0.0.1 (the widget's and the test hosts' servers),
// a cookie left when the context closes, any use of localStorage or sessionStorage, and any
// message between windows that is not one of the widget's three height messages (height and id
// only) or the host script's request for them. Each test file fails at its end if one was seen.

import { after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const OPTIONS = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
};

/** What the watch saw, by kind. */
const seen = { foreign: [], cookies: [], storage: [], messages: [] };

// In every page and frame, before any of its scripts: report storage use and every message.
function watchPage() {
  for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
    const original = Storage.prototype[name];
    Storage.prototype[name] = function (...args) {
      window.dpWatch?.('storage', `${location.href}: ${name}(${args.join(', ')})`);
      return original.apply(this, args);
    };
  }
  addEventListener('message', (event) => {
    window.dpWatch?.('messages', JSON.stringify({ origin: event.origin, data: event.data }));
  });
}

async function watch(context) {
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(https?:\/\/127\.0\.0\.1:\d+\/|data:|blob:|file:)/.test(url)) seen.foreign.push(url);
  });
  await context.exposeBinding('dpWatch', (_, kind, detail) => seen[kind].push(detail));
  await context.addInitScript(watchPage);
  const close = context.close.bind(context);
  context.close = async (...args) => {
    const cookies = await context.cookies().catch(() => []);
    seen.cookies.push(...cookies.map((c) => `${c.domain}: ${c.name}`));
    return close(...args);
  };
  return context;
}

/** The messages the widget may send (height and id, nothing else) and the host script's ask. */
function allowed(data) {
  if (typeof data === 'string') return /^pymxPYMx[A-Za-z0-9_-]*xPYMxheightxPYMx\d+$/.test(data);
  if (!data || typeof data !== 'object') return false;
  const keys = Object.keys(data).sort().join();
  if (data.type === 'dognplass:height') return keys === 'height,id,type' || keys === 'height,type';
  if (data.type === 'embed-size') return keys === 'height,sentinel,type' && data.sentinel === 'amp';
  return data.type === 'dognplass:ask-height' && keys === 'type';
}

// Node's test runner runs each file in a process of its own, so this checks one file's run.
if (process.env.NODE_TEST_CONTEXT) {
  after(() => {
    assert.deepEqual(seen.foreign, [], 'requests to another origin');
    assert.deepEqual(seen.cookies, [], 'cookies set');
    assert.deepEqual(seen.storage, [], 'localStorage or sessionStorage used');
    const others = seen.messages.filter((m) => !allowed(JSON.parse(m).data));
    assert.deepEqual(others, [], 'messages other than height and id');
  });
}

/** A browser whose contexts are fresh, incognito-like profiles, each watched. */
export async function launch() {
  const browser = await chromium.launch(OPTIONS);
  const newContext = browser.newContext.bind(browser);
  // browser.newPage() makes its context through newContext(), so its pages are watched too.
  browser.newContext = async (options) => watch(await newContext(options));
  return browser;
}

/** A watched browser context on a real profile in `dir`, for checks Chromium skips in
 * incognito (installability). */
export async function launchProfile(dir) {
  return watch(await chromium.launchPersistentContext(dir, OPTIONS));
}
