// A static file server for the release build, bound to 127.0.0.1 only, with the content types
// the widget needs (application/wasm for streaming compilation). No dependencies.
// Every response carries the strict Content-Security-Policy the widget must work under (issue 5),
// the build's own from its _headers (scripts/build/make-deploy.mjs: the one inline style allowed
// by its hash), unless `{ csp: false }` (host pages in the tests, which have inline scripts of
// their own).
// Library: `await serve(dir, port, { csp })` → { url, close }. CLI: `node server.mjs DIR [PORT]`.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { buildHeaders } from '../../scripts/deploy/headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
};

/** The policy `dist` is served under: the "/*" block of its _headers. Fails without one. */
export function policy(dist) {
  const value = buildHeaders(dist)['Content-Security-Policy'];
  if (!value) throw new Error(`${dist}/_headers names no Content-Security-Policy for /*`);
  return value;
}

export async function serve(dir, port = 0, { csp = true } = {}) {
  const root = resolve(dir);
  const CSP = csp ? policy(root) : undefined;
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(csp ? { 'content-security-policy': CSP } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: bound } = server.address();
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`serving ${resolve(dir)} on ${url}`);
}
