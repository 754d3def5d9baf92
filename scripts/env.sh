# Sourced by the scripts in this folder: puts the project's pinned tools first on PATH.
# npm's binaryen (wasm-opt 132) must win over any Debian binaryen, which cannot read
# wasm-bindgen 0.2.130 output.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
if [ -n "${CI:-}" ]; then export CARGO_TERM_COLOR=never; fi
# The shipped wasm names the crates' source files in its panic locations; without this it would
# also carry this machine's cargo folder. With rustup's rust-src component installed, rustc also
# writes the standard library's files as this machine's paths instead of /rustc/<commit>/: the
# second prefix writes them back, so every machine builds the same wasm. The same flags for every
# wasm build keep the cache warm.
rust_src="$(rustc --print sysroot 2>/dev/null)/lib/rustlib/src/rust"
rust_commit="$(rustc -vV 2>/dev/null | sed -n 's/^commit-hash: //p')"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/= --remap-path-prefix=${rust_src}=/rustc/${rust_commit}"
