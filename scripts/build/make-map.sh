#!/usr/bin/env bash
# Regenerates seeds/map.toml, the health-region outlines of the map, from Kartverket's county
# boundaries (shared/data/kartverket_fylker_2024_S.geojson, © Kartverket, CC BY 4.0) with the
# GIS tool mapshaper (pinned in tools/map). Dev-time only: the widget and the test command use
# the committed seeds/map.toml and never run this. Usage: scripts/build/make-map.sh [path/to/geojson]
set -euo pipefail
source "$(dirname "$0")/../env.sh"
cd "$ROOT"
INPUT="${1:-$ROOT/../shared/data/kartverket_fylker_2024_S.geojson}"
if [ ! -d tools/map/node_modules/mapshaper ]; then
  (cd tools/map && npm ci --no-audit --no-fund --loglevel=error)
fi
node tools/map/make-map.mjs "$INPUT" > seeds/map.toml.new
mv seeds/map.toml.new seeds/map.toml
echo "wrote seeds/map.toml ($(wc -c < seeds/map.toml) bytes)"
