#!/usr/bin/env bash
# Builds the release widget and serves it on http://127.0.0.1:8080/ the way production serves it:
# nginx with the configuration in deploy/ (precompressed brotli, the build's
# Content-Security-Policy, immutable caching of hashed files, the 404 page). Installs what it
# needs first (scripts/setup.sh). For a sub-folder: scripts/serve.sh --prefix /grafikk/dognplass/
set -euo pipefail
"$(dirname "$0")/setup.sh"
source "$(dirname "$0")/env.sh"
cd "$ROOT"
trunk build index.html --release
exec node scripts/deploy/nginx.mjs dist --port 8080 "$@"
