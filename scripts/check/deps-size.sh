#!/usr/bin/env bash
# What each direct dependency costs in the shipped wasm (docs/dependencies.md). Not part of CI.
# 1. The release wasm is built as Trunk builds it (cargo release, wasm-bindgen, wasm-opt -Oz
#    --converge), once more with its function names kept (-g). twiggy (pinned, installed here)
#    lists its items; scripts/check/deps-size.mjs adds them up by crate and prints the top items.
# 2. With and without serde + serde-wasm-bindgen, the one direct dependency the widget can be
#    built without (it turns the JS API's results into JS objects): a copy of the committed
#    sources in target/deps-size/ has compute() return null instead and drops both crates;
#    it is built the same way and both wasm files are compared, raw and brotli.
# Usage: scripts/check/deps-size.sh   (prints Markdown to standard output)
set -euo pipefail
source "$(dirname "$0")/../env.sh"
cd "$ROOT"

TWIGGY_VERSION=0.8.0
if [ "$(twiggy --version 2>/dev/null)" != "twiggy $TWIGGY_VERSION" ]; then
  echo "deps-size: installing twiggy $TWIGGY_VERSION (about 1 min)" >&2
  cargo install --locked twiggy --version "$TWIGGY_VERSION" >&2
fi

work="$ROOT/target/deps-size"
mkdir -p "$work/out"

# Builds the widget's wasm from the sources in $1 with target dir $2 into $3 (_bg.wasm).
build() {
  (cd "$1" && CARGO_TARGET_DIR="$2" cargo build --quiet --release --target wasm32-unknown-unknown --bin dognplass) >&2
  wasm-bindgen --target web --out-dir "$3" "$2/wasm32-unknown-unknown/release/dognplass.wasm"
}

build "$ROOT" "$ROOT/target" "$work/out/with"
wasm-opt -Oz --converge "$work/out/with/dognplass_bg.wasm" -o "$work/out/with.wasm"
wasm-opt -Oz --converge -g "$work/out/with/dognplass_bg.wasm" -o "$work/out/named.wasm"

# The copy without serde: the API's three derives, its attribute lines and the one call go.
rm -rf "$work/src-without"
mkdir -p "$work/src-without"
git archive HEAD | tar -x -C "$work/src-without"
api="$work/src-without/src/embed/api.rs"
grep -q 'serde_wasm_bindgen::to_value(&out)' "$api"
sed -i -e '/^use serde::Serialize;$/d' -e '/^#\[derive(Serialize)\]$/d' -e '/^#\[serde(/d' \
  -e 's/serde_wasm_bindgen::to_value(&out).map_err(|e| JsError::new(&e.to_string()))/{ let _ = \&out; Ok(JsValue::NULL) }/' "$api"
sed -i -e '/^serde = { version = "1", features = \["derive"\] }$/{N;/serde-wasm-bindgen/d;}' \
  -e '/^serde-wasm-bindgen = /d' "$work/src-without/Cargo.toml"
if grep -q 'serde-wasm-bindgen\|serde_wasm_bindgen\|Serialize' "$api" "$work/src-without/Cargo.toml"; then
  echo "deps-size: the copy still uses serde-wasm-bindgen" >&2
  exit 1
fi
build "$work/src-without" "$work/target" "$work/out/without"
wasm-opt -Oz --converge "$work/out/without/dognplass_bg.wasm" -o "$work/out/without.wasm"

node scripts/check/deps-size.mjs "$work/out/named.wasm" "$work/out/with.wasm" "$work/out/without.wasm"
