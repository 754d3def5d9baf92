#!/usr/bin/env bash
# The benchmark (shared/BUDGETS.md P1–P9): builds the release, then measures it beside a plain-JS
# control page in headless Chromium (scripts/dev/bench.mjs). Timings are printed, never asserted.
# Usage: scripts/dev/bench.sh [--runs N] [--write]   (--write also updates docs/benchmarks.md)
set -euo pipefail
"$(dirname "$0")/../setup.sh"
source "$(dirname "$0")/../env.sh"
cd "$ROOT"
trunk build index.html --release
node scripts/dev/bench.mjs "$@"
