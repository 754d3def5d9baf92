#!/usr/bin/env bash
# Dependency hygiene (a stage of scripts/test.sh; docs/dependencies.md):
# - Rust: cargo deny (deny.toml) checks licences (permissive only), bans (wildcards refused,
#   duplicate versions reported), sources (crates.io only) and, where a RustSec advisory
#   database is on the machine or can be fetched, advisories. It runs offline: the crates are
#   fetched from the registry first, as the build does.
# - npm: scripts/check/npm-check.mjs checks the three lockfiles (tools, tests/e2e, and bench, whose
#   Lighthouse only the benchmark installs and runs: here its lockfile is read, nothing installed).
set -euo pipefail
source "$(dirname "$0")/../env.sh"
cd "$ROOT"

cargo fetch --locked --quiet
# Duplicate versions are warnings: on success they are listed by name, without their inclusion
# trees; on a failure everything cargo deny said is shown.
if out="$(cargo deny --offline --log-level warn check --hide-inclusion-graph licenses bans sources 2>&1)"; then
  printf '%s\n' "$out" | grep -E '^warning\[|ok$' | sed 's/^/cargo deny: /' || true
else
  printf '%s\n' "$out"
  echo "cargo deny: FAILED" >&2
  exit 1
fi

# cargo deny keeps its database here; github.com may be out of reach (it is on the CI machines).
db_root="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs"
if timeout 60 cargo deny --log-level error fetch db >/dev/null 2>&1; then
  echo "advisory database: updated"
fi
db="$(find "$db_root" -mindepth 1 -maxdepth 1 -type d -name 'advisory-db-*' 2>/dev/null | head -n1 || true)"
if [ -n "$db" ] && [ -d "$db/crates" ]; then
  echo "advisory database: $(git -C "$db" log -1 --format='%h of %cs' 2>/dev/null || echo 'present')"
  cargo deny --offline --log-level error check advisories
else
  echo "advisories: NOT CHECKED - no RustSec database on this machine and github.com out of reach"
  echo "            (run 'cargo deny fetch db' where it is reachable, then this script again)"
fi

node scripts/check/npm-check.mjs tools tests/e2e bench
