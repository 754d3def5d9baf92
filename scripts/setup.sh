#!/usr/bin/env bash
# Installs what building and testing need, pinned, and skips what is already there:
# the wasm target, Trunk, wasm-bindgen-cli (the Cargo.lock version), cargo-deny, Debian's Chromium and
# ChromeDriver, and the npm tools (binaryen's wasm-opt; playwright-core and axe-core).
# Only the package registries are needed. Idempotent: a second run only prints "ok" lines.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

TRUNK_VERSION=0.21.14
CARGO_DENY_VERSION=0.20.2
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi

step() { printf '%-28s %s\n' "$1" "$2"; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "wasm32 target" ok
else
  step "wasm32 target" installing
  rustup target add wasm32-unknown-unknown
fi

# --debug builds the tools in about a quarter of the time; they run the same.
if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  step "trunk $TRUNK_VERSION" ok
else
  step "trunk $TRUNK_VERSION" "installing (about 5 min)"
  cargo install --locked trunk --version "$TRUNK_VERSION" --debug
fi

# Not --locked: its lockfile names a webpki-roots version the registry no longer has.
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "wasm-bindgen $WASM_BINDGEN_VERSION" ok
else
  step "wasm-bindgen $WASM_BINDGEN_VERSION" "installing (about 2 min)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --debug --force
fi

if [ "$(cargo deny --version 2>/dev/null)" = "cargo-deny $CARGO_DENY_VERSION" ]; then
  step "cargo-deny $CARGO_DENY_VERSION" ok
else
  step "cargo-deny $CARGO_DENY_VERSION" "installing (about 2 min)"
  cargo install --locked cargo-deny --version "$CARGO_DENY_VERSION" --debug
fi

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  step "chromium" ok
else
  step "chromium" "installing from Debian"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
fi

# nginx with the brotli static module: the release build served as production serves it
# (deploy/nginx.conf.template; scripts/serve.sh and the test command start it on 127.0.0.1).
# The package must not start a system server on port 80: a policy-rc.d refuses it while the
# package installs (kept if the machine already has one).
if command -v nginx >/dev/null 2>&1 && [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  step "nginx" ok
else
  step "nginx" "installing from Debian (nginx-light, brotli static module)"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  placed=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    placed=1
  fi
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends nginx-light libnginx-mod-http-brotli-static
  if [ -n "$placed" ]; then $SUDO rm -f /usr/sbin/policy-rc.d; fi
fi

# npm ci when node_modules is missing or was installed from another lockfile.
for dir in tools tests/e2e; do
  stamp="$dir/node_modules/.lock-sha256"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    step "npm $dir" ok
  else
    step "npm $dir" installing
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
done
