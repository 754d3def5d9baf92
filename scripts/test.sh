#!/usr/bin/env bash
# Runs every test, cheapest first (shared DESIGN.md §8), stopping at the first failure.
# Installs what it needs first (scripts/setup.sh). One cargo build at a time: two cores.
set -euo pipefail
"$(dirname "$0")/setup.sh"
source "$(dirname "$0")/env.sh"
cd "$ROOT"

passed=0
stage() {
  local name="$1"
  shift
  printf '\n=== %s\n' "$name"
  if "$@"; then
    passed=$((passed + 1))
  else
    printf '\nFAILED at stage: %s\n' "$name" >&2
    printf 'stages: %d passed, 1 failed\n' "$passed"
    exit 1
  fi
}

stage "format" cargo fmt --all -- --check
# The fuzz crate (scripts/dev/fuzz.sh) is its own workspace; its targets are checked for format here.
stage "format (fuzz targets)" rustfmt --check --edition 2021 fuzz/src/lib.rs fuzz/fuzz_targets/query.rs fuzz/fuzz_targets/value.rs fuzz/fuzz_targets/seeds.rs
# The model's modules form no import cycle (inline paths included); the checker's own tests
# run first, with fixtures that must fail.
stage "module cycles (model)" bash -c 'node --test scripts/check/ && node scripts/check/module-cycles.mjs src model'
stage "dependencies (cargo deny, npm lockfiles)" ./scripts/check/deps-check.sh
# --workspace: the widget and crates/ (the ids and the seed validator build.rs runs).
stage "clippy (all rings)" cargo clippy --workspace --all-targets -- -D warnings
# Without the `ui` feature no web crate is in the build: a `use yew` in model or data fails here.
stage "clippy (model and data alone)" cargo clippy --no-default-features --features all-langs --all-targets -- -D warnings
# Each language builds alone (a later build may ship one per page); none may lack a text.
stage "one language alone (nb, nn, en)" bash -c 'for l in nb nn en; do cargo check --quiet --no-default-features --features "$l" --lib || exit 1; done'
# The widget package only: the seed validator runs at build time and never targets wasm (its
# id crate, a dependency, is built for wasm here; it is linted natively above).
stage "clippy (wasm)" cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
stage "native tests: model and data alone" cargo test --no-default-features --features all-langs
# --workspace: also the unit tests of crates/ids and crates/seeds.
stage "native tests: model, data, seeds, SSR" cargo test --workspace
stage "browser tests (headless Chromium)" env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test browser
stage "release build (trunk)" trunk build index.html --release
stage "size check (P1a first paint per page, P2, brotli)" node scripts/check/size-check.mjs dist
stage "end-to-end (Playwright, Chromium)" bash -c 'cd tests/e2e && rm -f artifacts/interactive-requests.json && npm test'
# P1b: the bytes each page loaded before it answered, as the end-to-end run recorded them.
stage "size check (P1b interactive bytes, from the e2e run)" \
  node scripts/check/size-check.mjs dist --interactive tests/e2e/artifacts/interactive-requests.json
# Two data releases side by side, written by scripts/release.sh in copies of the repository
# (built in target/releases/), and a new NPR export brought in (docs/data-release.md).
stage "data releases (release.sh, two releases served side by side)" ./scripts/check/releases.sh dist

printf '\nstages: %d passed, 0 failed\n' "$passed"
