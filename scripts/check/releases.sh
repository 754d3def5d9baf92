#!/usr/bin/env bash
# Data releases made the way docs/data-release.md makes them, in copies of the repository (the
# working tree and target/'s builds are never touched; the copies build in target/releases/,
# kept between runs). Usage: scripts/check/releases.sh [DIST]   (default: dist/, the release build)
# 1. scripts/release.sh --npr with the shipped NPR export and a made-up later year: the
#    checksum, the last year and the source's date follow, and the release id changes. A made-up
#    year whose country row is not the sum of the regions stops it with file, line and reason.
# 2. An older release that differs in one seeded figure (Tronvik's cut in Helse Vest, 15 → 25
#    places), dated the day before this build's release, built and published by
#    scripts/release.sh; then this build published beside it as the newest (publish.mjs).
# 3. tests/e2e/releases/two-releases.test.mjs serves that site with nginx: the older release's
#    note and link, its numbers, the frame's height, the pinned embed code, the silent cases.
set -euo pipefail
source "$(dirname "$0")/../env.sh"
cd "$ROOT"
dist="$(cd "${1:-dist}" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/dognplass-releases-XXXXXX")"
# KEEP_RELEASES=1 keeps the copies and the site, to run step 3 again by hand.
trap '[ -n "${KEEP_RELEASES:-}" ] && echo "releases: kept $work" || rm -rf "$work"' EXIT
# nginx's workers (www-data when started as root) read the site from here.
chmod 755 "$work"
# The copies build in a target folder of their own. Sharing target/ would be faster but wrong:
# cargo names a workspace's artifacts and fingerprints by paths relative to the workspace, so
# a copy's build would overwrite the widget's and leave target/ believing it up to date.
export CARGO_TARGET_DIR="$ROOT/target/releases"

# A copy of the working tree's files (tracked and new), with the installed npm tools. Its files
# are dated now (tar -m), so cargo builds the copy's own crates again.
copy() {
  mkdir -p "$1"
  git ls-files -z --cached --others --exclude-standard \
    | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -mxf - -C "$1"
  for dir in tools tests/e2e; do ln -s "$ROOT/$dir/node_modules" "$1/$dir/node_modules"; done
}
fail() { echo "releases: $*" >&2; exit 1; }

echo "--- 1. a new NPR export (the shipped one with a made-up later year)"
copy "$work/npr"
csv="$work/npr-export.csv"
cp seeds/npr_tsb.csv "$csv"
# A later export fills in the year the shipped one lists empty (flag ".."; 2026 in the export of
# 2026-08-23), or adds the year after its last: the country is the sum of the regions in
# inpatient days, as the build checks.
year="$(sed -n 's/^"\([0-9]*\)";"hele året";[^;]*;[^;]*;"Landet";"";.*/\1/p' "$csv" | head -1)"
if [ -z "$year" ]; then
  year=$(( $(sed -n 's/^"\([0-9]*\)";"hele året";[^;]*;[^;]*;"Landet";"[0-9].*/\1/p' "$csv" | sort -n | tail -1) + 1 ))
  for name in "Landet" "Region Sør-Øst" "Region Vest" "Region Midt-Norge" "Region Nord"; do
    printf '"%s";"hele året";"TSB-Tverrfaglig spesialisert rusbehandling";"Alle aktører";"%s";"";"";"";"";".."\n' "$year" "$name" >> "$csv"
  done
fi
fill() { sed -i -E "s/^(\"$year\";\"hele året\";[^;]*;[^;]*;\"$1\");\"\";\"\";\"\";\"\";\"\.\.\"$/\1;\"$2\";\"$3\";\"$4\";\"$5\";\"\"/" "$csv"; }
fill "Landet" 33000 9200 531000 530000
fill "Region Sør-Øst" 20700 5480 330000 288000
fill "Region Vest" 6900 1850 101000 152000
fill "Region Midt-Norge" 3300 1050 52000 51000
fill "Region Nord" 2100 820 48000 39000
[ "$(grep -c "^\"$year\";\"hele året\".*;\"[0-9]*\";\"\"\$" "$csv")" = 5 ] || fail "the made-up $year rows were not filled in"
before="$(cd "$work/npr" && cargo run --quiet --no-default-features --features all-langs --bin release-id)"
(cd "$work/npr" && scripts/release.sh --npr "$csv" --exported 2026-12-20 --date 2026-12-24 --no-build) | tee "$work/npr.log"
after="$(cd "$work/npr" && cargo run --quiet --no-default-features --features all-langs --bin release-id)"
sha="$(sha256sum "$csv" | cut -d' ' -f1)"
cmp -s "$csv" "$work/npr/seeds/npr_tsb.csv" || fail "seeds/npr_tsb.csv is not the export"
grep -q "^sha256 = \"$sha\"" "$work/npr/seeds/files.toml" || fail "files.toml lacks the export's checksum $sha"
grep -q "^last_year = $year" "$work/npr/seeds/files.toml" || fail "files.toml's last_year is not $year"
grep -q 'uttrekk 2026-12-20"' "$work/npr/seeds/sources.toml" || fail "sources.toml's fhi-npr-520 is not dated 2026-12-20"
[[ "$after" == 2026-12-24-* ]] || fail "release id $after is not dated 2026-12-24"
[ "${after%% *}" != "${before%% *}" ] || fail "the release id did not change"
grep -q "release: ${after%% *}" "$work/npr.log" || fail "release.sh did not print the id ${after%% *}"
echo "ok: ${before%% *} -> ${after%% *}, checksum and last year follow the export"
# A made-up year that does not add up: the country is one day more than the regions.
sed -i -E "s/^(\"$year\";\"hele året\";.*\"Region Nord\";\"2100\";\"820\");\"48000\"/\1;\"47999\"/" "$csv"
if (cd "$work/npr" && scripts/release.sh --npr "$csv" --exported 2026-12-21 --no-build) > "$work/bad.log" 2>&1; then
  fail "release.sh accepted an export whose country row is not the sum of the regions"
fi
line="$(grep -n "^\"$year\";\"hele året\";.*\"Landet\"" "$csv" | cut -d: -f1)"
grep -q "seeds/npr_tsb.csv:$line: inpatient days $year for Landet (531000) do not equal the sum of the regions (530999)" "$work/bad.log" \
  || { cat "$work/bad.log" >&2; fail "no file:line reason for the broken export"; }
echo "ok: a broken export stops release.sh at seeds/npr_tsb.csv:$line"

echo "--- 2. an older release (one seeded figure differs), and this build beside it"
copy "$work/old"
perl -0pi -e 's/(label = "Tronvik, Helse Førde"\n(?:.*\n){2}value = )15\n/${1}25\n/ or die "no Tronvik cut\n"' "$work/old/seeds/figures.toml"
site="$work/site"
shipped="$(sed -n 's/^release_date = "\(.*\)"$/\1/p' seeds/figures.toml)"
old_date="$(date -u -d "$shipped -1 day" +%F)"
(cd "$work/old" && scripts/release.sh --date "$old_date" --checked "$old_date" --site "$site")
old="$(cd "$work/old" && cargo run --quiet --no-default-features --features all-langs --bin release-id)"
node scripts/deploy/publish.mjs "$dist" "$site"
new="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).release)' "$dist/latest.json")"
[ -d "$site/r/${old%% *}" ] && [ -d "$site/r/$new" ] || fail "the site lacks r/${old%% *}/ or r/$new/"

echo "--- 3. the two releases served side by side"
cd tests/e2e
RELEASES_SITE="$site" OLD_RELEASE="${old%% *}" NEW_RELEASE="$new" node --test --test-concurrency=1 releases/
