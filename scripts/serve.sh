#!/usr/bin/env bash
# Builds the release widget and serves it on http://127.0.0.1:8080/ the way production serves it:
# nginx with the configuration in deploy/ (precompressed brotli, the build's
# Content-Security-Policy, immutable caching of hashed files, the 404 page). The build is
# published into target/site/ as a data release (scripts/deploy/publish.mjs): under r/<id>/
# beside the releases published there before, at the root, and named in latest.json, so embed
# code is pinned as in production. Installs what it needs first (scripts/setup.sh).
# For a sub-folder: scripts/serve.sh --prefix /grafikk/dognplass/
set -euo pipefail
"$(dirname "$0")/setup.sh"
source "$(dirname "$0")/env.sh"
cd "$ROOT"
trunk build index.html --release
node scripts/deploy/publish.mjs dist target/site
exec node scripts/deploy/nginx.mjs target/site --port 8080 "$@"
