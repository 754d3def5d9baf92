#!/usr/bin/env bash
# The benchmark (shared/BUDGETS.md P1–P10): builds the release, then measures it beside a plain-JS
# control page in headless Chromium, and audits it with Lighthouse (scripts/dev/bench.mjs).
# Timings and scores are printed, never asserted.
# Lighthouse is pinned in bench/package-lock.json and installed here only (the test command never
# installs or runs it): npm ci when bench/node_modules is missing or came from another lockfile, as
# scripts/setup.sh does for tools/ and tests/e2e/.
# Usage: scripts/dev/bench.sh [--runs N] [--lighthouse-runs N] [--no-lighthouse | --lighthouse-only] [--write]
#   (--write also updates docs/benchmarks.md)
set -euo pipefail
"$(dirname "$0")/../setup.sh"
source "$(dirname "$0")/../env.sh"
cd "$ROOT"

if [[ " $* " != *" --no-lighthouse "* ]]; then
  stamp="bench/node_modules/.lock-sha256"
  want="$(sha256sum bench/package-lock.json | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    printf '%-28s %s\n' "npm bench" ok
  else
    printf '%-28s %s\n' "npm bench" "installing (Lighthouse 12.2.3)"
    (cd bench && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
fi

trunk build index.html --release
node scripts/dev/bench.mjs "$@"
