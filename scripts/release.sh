#!/usr/bin/env bash
# Writes a new data release (docs/data-release.md): optionally brings in a new NPR export, dates
# the release, checks the seeds (the build stops on a broken one with file, line and reason),
# builds the widget, and publishes it into a site folder beside the earlier releases:
# SITE/r/<id>/, a copy at SITE/'s root, and SITE/latest.json naming it (scripts/deploy/publish.mjs).
# The id is the release date and a hash of the seeds and the model, so a change in either makes
# a new folder and never overwrites an earlier one.
#
# Usage: scripts/release.sh [--npr FILE.csv --exported YYYY-MM-DD] [--date YYYY-MM-DD]
#                           [--checked YYYY-MM-DD] [--site DIR] [--address https://host/folder/]
#                           [--no-build]
#   --npr FILE       a new export of NPR's open table 520 (CSV), exported on --exported
#   --date D         the release date (default: today, UTC)
#   --checked D      the day every dated status was last checked against its sources
#                    (figures.toml's sources_checked; default: left as it is). It may not be
#                    after the release date: the seed check refuses that
#   --site DIR       the site folder to publish into (default: site/ in the repository)
#   --address URL    the widget's public folder, written into the oEmbed files (docs/deploy.md)
#   --no-build       change and check the seeds and print the release id; build nothing
set -euo pipefail
cd "$(dirname "$0")/.."
usage() { sed -n '/^# Usage/,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
npr="" exported="" date="$(date -u +%F)" checked="" site="site" address="" build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --npr) npr="${2:?}"; shift 2 ;;
    --exported) exported="${2:?}"; shift 2 ;;
    --date) date="${2:?}"; shift 2 ;;
    --checked) checked="${2:?}"; shift 2 ;;
    --site) site="${2:?}"; shift 2 ;;
    --address) address="${2:?}"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) usage ;;
  esac
done
[[ "$date" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || { echo "release: --date $date: expected YYYY-MM-DD" >&2; exit 2; }
if [ -n "$checked" ] && ! [[ "$checked" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then echo "release: --checked $checked: expected YYYY-MM-DD" >&2; exit 2; fi
if [ -n "$npr" ] && [ -z "$exported" ]; then echo "release: --npr needs --exported YYYY-MM-DD (the date of the export)" >&2; exit 2; fi
if [ $build = 1 ]; then ./scripts/setup.sh; fi
source scripts/env.sh

# 1. A new NPR export: seeds/npr_tsb.csv, its checksum and last year, the source's date.
if [ -n "$npr" ]; then
  node scripts/release/import-npr.mjs "$npr" "$exported"
fi
# 2. The release date (seeds/figures.toml).
sed -i -E "s/^release_date = \"[^\"]*\"/release_date = \"$date\"/" seeds/figures.toml
grep -q "^release_date = \"$date\"" seeds/figures.toml || { echo "release: seeds/figures.toml has no release_date line" >&2; exit 1; }
if [ -n "$checked" ]; then
  sed -i -E "s/^sources_checked = \"[^\"]*\"/sources_checked = \"$checked\"/" seeds/figures.toml
  grep -q "^sources_checked = \"$checked\"" seeds/figures.toml || { echo "release: seeds/figures.toml has no sources_checked line" >&2; exit 1; }
fi
# 3. The seeds checked, and the release id (the build runs the seed validator first).
read -r id _ < <(cargo run --quiet --no-default-features --features all-langs --bin release-id)
echo "release: $id (seeds checked)"
git --no-pager diff --stat -- seeds/ 2>/dev/null || true
if [ $build = 0 ]; then exit 0; fi
# 4. The widget built, and published beside the earlier releases.
trunk build index.html --release
node scripts/deploy/publish.mjs dist "$site" ${address:+--address "$address"}
echo "release: $id is in $site/r/$id/. Upload $site/ without deleting anything at the host, then commit seeds/ (docs/data-release.md)."
