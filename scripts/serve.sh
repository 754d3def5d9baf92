#!/usr/bin/env bash
# Builds the release widget and serves it on http://127.0.0.1:8080 (Trunk.toml), rebuilding on
# change. Installs what it needs first (scripts/setup.sh).
set -euo pipefail
"$(dirname "$0")/setup.sh"
source "$(dirname "$0")/env.sh"
cd "$ROOT"
echo "Døgnplasskalkulatoren: http://127.0.0.1:8080/"
exec trunk serve index.html --release
