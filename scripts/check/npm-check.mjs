// Checks the npm lockfiles of the build and test tooling (scripts/check/deps-check.sh):
// - every dependency is pinned to an exact version in package.json, and the lockfile agrees; so is
//   every entry of `overrides` (bench/ pins a transitive dependency there);
// - every package in the lockfile has an sha512 integrity, runs no install script, and has a
//   licence allowed for its folder (or one read from its files and listed below by version);
// - nothing comes from elsewhere than the npm registry: a lockfile address must be on it, and
//   where the lockfile names none (npm leaves them out here), npm's configured registry must be it;
// - what is installed in node_modules is what the lockfile says, and nothing locked is missing;
// - `npm audit` reports no advisory, where the registry answers it. Where it does not (this
//   machine's registry refuses the audit endpoint with 405), that is printed, not hidden.
// None of these packages is shipped in the widget: binaryen's wasm-opt runs at build time,
// playwright-core and axe-core run the end-to-end tests, and Lighthouse (bench/) runs in the
// benchmark only (scripts/dev/bench.sh installs it; the test command only checks its lockfile).
//
// Usage: node scripts/check/npm-check.mjs <folder with package-lock.json> ...

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const PERMISSIVE = ["MIT", "ISC", "0BSD", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0"];
// Test and bench tooling only: axe-core is MPL-2.0 (copyleft per file, used unmodified, never
// shipped; Lighthouse bundles it too). BlueOak-1.0.0 is a permissive licence (graceful-fs, under
// Lighthouse).
const EXTRA = { "tests/e2e": ["MPL-2.0"], bench: ["MPL-2.0", "BlueOak-1.0.0"] };
// Packages whose lockfile entry names no licence (an old `licenses` array in their package.json),
// with the licence their LICENSE file holds, by exact version: another version is checked again.
const READ = { bench: { "parse-cache-control@1.0.1": "BSD-3-Clause" } };
const REGISTRY = "https://registry.npmjs.org/";
const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

const problems = [];
const problem = (dir, text) => problems.push(`${dir}: ${text}`);

function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

function audit(dir) {
  try {
    const out = execFileSync("npm", ["audit", "--json"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 60_000,
      stdio: ["ignore", "pipe", "pipe"],
    });
    return JSON.parse(out);
  } catch (e) {
    // npm audit exits non-zero both when it finds advisories and when it cannot ask.
    try {
      return JSON.parse(e.stdout);
    } catch {
      return { error: { summary: (e.stderr || e.message || "").trim().split("\n").pop() } };
    }
  }
}

function check(dir) {
  const allowed = [...PERMISSIVE, ...(EXTRA[dir] ?? [])];
  const registry = execFileSync('npm', ['config', 'get', 'registry'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const pkg = readJson(join(dir, "package.json"));
  const lock = readJson(join(dir, "package-lock.json"));
  if (!(lock.lockfileVersion >= 2)) problem(dir, `lockfile version ${lock.lockfileVersion}`);
  const wanted = { ...pkg.dependencies, ...pkg.devDependencies };
  for (const [name, range] of Object.entries(wanted)) {
    if (!EXACT.test(range)) problem(dir, `${name} is not pinned: "${range}"`);
    const locked = lock.packages[`node_modules/${name}`];
    if (!locked) problem(dir, `${name} is missing from the lockfile`);
    else if (locked.version !== range) problem(dir, `${name}: package.json ${range}, lockfile ${locked.version}`);
  }
  for (const [name, range] of Object.entries(pkg.overrides ?? {})) {
    if (typeof range !== "string" || !EXACT.test(range)) problem(dir, `override ${name} is not pinned: ${JSON.stringify(range)}`);
    for (const [path, p] of Object.entries(lock.packages)) {
      if (path.replace(/^.*node_modules\//, "") === name && p.version !== range) {
        problem(dir, `${name}: override ${range}, lockfile ${p.version} at ${path}`);
      }
    }
  }
  let count = 0;
  for (const [path, p] of Object.entries(lock.packages)) {
    if (path === "") continue;
    count += 1;
    const name = path.replace(/^.*node_modules\//, "");
    if (p.link) problem(dir, `${name} is a link`);
    if (!p.integrity?.startsWith("sha512-")) problem(dir, `${name} has no sha512 integrity`);
    if (p.resolved ? !p.resolved.startsWith(REGISTRY) : registry !== REGISTRY) {
      problem(dir, `${name} comes from ${p.resolved ?? `npm's registry ${registry}`}, not ${REGISTRY}`);
    }
    if (p.hasInstallScript) problem(dir, `${name} runs an install script`);
    const license = p.license ?? READ[dir]?.[`${name}@${p.version}`];
    if (!allowed.includes(license)) problem(dir, `${name}: licence ${license ?? "(none)"} is not allowed here`);
    const installed = join(dir, path, "package.json");
    if (existsSync(installed)) {
      const v = readJson(installed).version;
      if (v !== p.version) problem(dir, `${name}: installed ${v}, lockfile ${p.version}`);
    } else if (existsSync(join(dir, "node_modules"))) {
      problem(dir, `${name} ${p.version} is locked but not installed`);
    }
  }
  const report = audit(dir);
  let advisories;
  if (report.error || !report.metadata) {
    const why = report.error?.summary || report.error?.code || report.message || "no answer";
    advisories = `advisories NOT CHECKED (npm audit: ${why})`;
  } else {
    const v = report.metadata?.vulnerabilities ?? {};
    const total = Object.values(v).reduce((a, b) => a + b, 0);
    advisories = `${total} advisories`;
    if (total > 0) problem(dir, `npm audit: ${JSON.stringify(v)}`);
  }
  console.log(`npm ${dir}: ${count} packages, pinned, sha512, registry only, licences ${[...new Set(Object.values(lock.packages).map((p) => p.license).filter(Boolean))].join(", ")}; ${advisories}`);
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error("usage: node scripts/check/npm-check.mjs <folder> ...");
  process.exit(2);
}
for (const dir of dirs) check(dir);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
