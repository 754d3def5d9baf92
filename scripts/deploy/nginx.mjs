// Serves a release build (dist/) with nginx exactly as deploy/nginx.conf.template configures it:
// precompressed brotli, application/wasm, the build's Content-Security-Policy and security
// headers (from dist/_headers), `immutable` for hashed names and `no-cache` for the rest, the
// 404 page, and nothing outside the widget's folder. The configuration is written into a
// temporary folder (no machine path in the repository) and nginx runs in the foreground on
// 127.0.0.1.
// CLI: node scripts/deploy/nginx.mjs [DIST] [--prefix /grafikk/dognplass/] [--port 8080]
// Library: `await startNginx({ dist, prefix, port })` → { url, base, logFile, close }.

import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildHeaders } from './headers.mjs';

export { buildHeaders };

const TEMPLATE = fileURLToPath(new URL('../../deploy/nginx.conf.template', import.meta.url));

/** Those headers as nginx `add_header` lines. */
function headerLines(dist) {
  return Object.entries(buildHeaders(dist)).map(([name, value]) => {
    if (value.includes('"')) throw new Error(`_headers: ${name} holds a quote`);
    return `add_header ${name} "${value}" always;\n`;
  }).join('');
}

/** nginx's module folder, from `nginx -V`. */
function modulesPath() {
  const info = execFileSync('nginx', ['-V'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return info.match(/--modules-path=(\S+)/)?.[1] ?? '/usr/lib/nginx/modules';
}

/** A free port on 127.0.0.1 (nginx has no port 0). */
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

async function waitFor(url, child) {
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  throw new Error(`nginx did not answer on ${url}`);
}

/** Starts nginx for `dist` under `prefix` ("/" or "/a/b/") on 127.0.0.1:`port` (a free one if 0). */
export async function startNginx({ dist = 'dist', prefix = '/', port = 0 } = {}) {
  if (!/^\/([\w.-]+\/)*$/.test(prefix)) throw new Error(`prefix ${prefix}: expected "/" or "/folder/…/"`);
  const site = resolve(dist);
  const temp = mkdtempSync(join(tmpdir(), 'dognplass-nginx-'));
  // nginx's workers may run as another user (www-data when started as root): they read here.
  chmodSync(temp, 0o755);
  let root = site;
  if (prefix !== '/') {
    root = join(temp, 'site');
    const folder = join(root, prefix);
    mkdirSync(dirname(folder.replace(/\/$/, '')), { recursive: true });
    symlinkSync(site, folder.replace(/\/$/, ''));
  }
  // This deploy's 404 page: its way back to the calculator is the widget's folder.
  const notFound = join(temp, 'not-found');
  mkdirSync(notFound);
  const page404 = readFileSync(join(site, '404.html'), 'utf8').replaceAll('href="./"', `href="${prefix}"`);
  writeFileSync(join(notFound, '__not_found.html'), page404);
  writeFileSync(join(temp, 'headers.conf'), headerLines(site));
  const listen = `127.0.0.1:${port || (await freePort())}`;
  const values = {
    ROOT: root,
    PREFIX: prefix,
    LISTEN: listen,
    TEMP: temp,
    MODULES: modulesPath(),
    HEADERS: join(temp, 'headers.conf'),
    NOT_FOUND: notFound,
    OUTSIDE: prefix === '/' ? '' : [
      '    location / {',
      '      return 404;',
      '    }',
      `    location = ${prefix.slice(0, -1)} {`,
      `      return 301 ${prefix};`,
      '    }',
    ].join('\n'),
  };
  const config = readFileSync(TEMPLATE, 'utf8').replace(/@([A-Z_]+)@/g, (all, key) => {
    if (!(key in values)) throw new Error(`deploy/nginx.conf.template: unknown ${all}`);
    return values[key];
  });
  const file = join(temp, 'nginx.conf');
  writeFileSync(file, config);
  const child = spawn('nginx', ['-p', temp, '-c', file, '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://${listen}`;
  await waitFor(`${url}${prefix}`, child);
  return {
    url,
    base: `${url}${prefix}`,
    logFile: join(temp, 'access.log'),
    close: () => new Promise((ok) => {
      child.once('exit', () => {
        rmSync(temp, { recursive: true, force: true });
        ok();
      });
      child.kill('SIGQUIT');
    }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : fallback;
  };
  const prefix = flag('--prefix', '/');
  const port = Number(flag('--port', '8080'));
  const [dist = 'dist'] = args;
  const server = await startNginx({ dist, prefix, port });
  console.log(`Døgnplasskalkulatoren: ${server.base} (nginx, as deploy/ configures it; Ctrl-C stops it)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
