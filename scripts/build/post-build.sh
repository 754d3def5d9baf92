#!/usr/bin/env bash
# The release build after Trunk: Trunk has built the wasm (cargo, wasm-bindgen, wasm-opt) and
# filled its staging folder from index.html's directives; these steps finish it, in this order,
# before Trunk moves the folder to dist/. Trunk.toml runs this script as its one post_build hook.
# Each step reads what an earlier one wrote: the first writes build-manifest.json (the data
# release, the hashed file names, the exact elements of index.html), the others read and add to
# it; none reads the seeds again or searches the HTML by pattern. README.md, "How it is built".
# Usage: scripts/build/post-build.sh DIR   (Trunk.toml passes "$TRUNK_STAGING_DIR")
set -euo pipefail
dir="$(cd "${1:?usage: scripts/build/post-build.sh DIR}" && pwd)"
cd "$(dirname "$0")/../.."

# 1. build-manifest.json: data release, hashed names of glue, wasm, style sheet and icon; and latest.json (src/bin/build-manifest.rs)
cargo run --quiet --no-default-features --features all-langs --bin build-manifest -- "$dir"
# 2. oembed/<region>-<lang>.json, one per region and language; DOGNPLASS_BASE_URL sets the address (src/bin/oembed.rs)
cargo run --quiet --no-default-features --features all-langs --bin oembed -- "$dir"
# 3. boot-<hash>.js: Trunk's inline loader and www/offline.js, out of the page for the strict CSP
node scripts/build/make-boot.mjs "$dir"
# 3b. the style sheet inlined into index.html as one <style> (its hash goes to the CSP): the first paint needs one response
node scripts/build/inline-style.mjs "$dir"
# 4. every region, view and language pre-rendered with Yew's server renderer, and offline-base.html (src/bin/prerender.rs)
cargo run --quiet --features prerender --bin prerender -- "$dir"
# 5. dognplass-offline.html: the single-file copy for use without a network, from offline-base.html
node scripts/build/make-single.mjs "$dir"
# 6. the JS glue minified (terser; Trunk's minifier cannot parse it), the pages' integrity hashes updated
node scripts/build/minify-glue.mjs "$dir"
# 7. sw.js filled in: this build's cache name and files
node scripts/build/make-sw.mjs "$dir"
# 8. 404.html and _headers: the per-build headers (Content-Security-Policy with its hashes, caching)
node scripts/build/make-deploy.mjs "$dir"
# 9. a .br beside every compressible file, for servers that send precompressed files (deploy/)
node scripts/build/make-br.mjs "$dir"
# 10. the manifest was for these steps only; it is not shipped
rm "$dir/build-manifest.json"
