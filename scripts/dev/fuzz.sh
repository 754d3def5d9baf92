#!/usr/bin/env bash
# Fuzzes the three parsers that read outside text, each for a bounded time (not part of CI):
#   query  the address and embed configuration (model::config::parse_query)
#   value  a typed or addressed assumption value (model::assumptions::parse_value)
#   seeds  the seed validator (crates/seeds), one seed file replaced at a time
# The properties are in fuzz/checks.rs, the same ones tests/properties.rs checks with proptest
# in the test command. A crash is copied to fuzz/regressions/<target>/, which that test replays:
# fix the cause and commit the file with the fix.
#
# Usage: scripts/dev/fuzz.sh [seconds per target, default 60] [target ...]
# Needs cargo-fuzz (installed here, pinned) and runs on stable Rust without a sanitizer
# (`--sanitizer none`: the project forbids unsafe code, so the checks' own panics are the finding).
set -euo pipefail
source "$(dirname "$0")/../env.sh"
cd "$ROOT"

CARGO_FUZZ_VERSION=0.13.2
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(query value seeds); fi
case "$seconds" in
  '' | *[!0-9]*) echo "fuzz: seconds must be a whole number, got '$seconds'" >&2; exit 2 ;;
esac

if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  echo "fuzz: installing cargo-fuzz $CARGO_FUZZ_VERSION (about 1 min)"
  cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

# Starting inputs: real addresses, typed values and the shipped seeds (the population CSV, 650
# kB, is left out so inputs stay small; the fuzzer still replaces it with its own).
corpus="$ROOT/target/fuzz-corpus"
mkdir -p "$corpus/query" "$corpus/value" "$corpus/seeds"
i=0
for q in '' '?region=helse-vest' '?region=helse-nord&year=2024&scenario=stans&compare=framskrivning' \
  '?fbv=120&share-hso=50&cut-hv=12,5&comp-end-hn=2025&occupancy=85&cost=3.2' \
  '?view=compact&theme=dark&show=picker,summary,bridge&id=a-1&accent=c00000&lang=en' \
  '?childId=x&initialWidth=300&parentUrl=https%3A%2F%2Fexample.org&utm_source=y' \
  '?region=%3Cscript%3E&year=1e9&fbv=NaN&lang=de&x=1'; do
  printf '%s' "$q" > "$corpus/query/start-$i"; i=$((i + 1))
done
i=0
for v in '0' '120' '12,5' '1 234,5' '-3' '85.125' $'1\u00a0000' 'NaN' '1e3' '+7'; do
  printf '%s' "$v" > "$corpus/value/start-$i"; i=$((i + 1))
done
i=0
for f in seeds/sources.toml seeds/figures.toml seeds/files.toml seeds/map.toml seeds/npr_tsb.csv; do
  { printf "\\x$(printf %02x "$i")"; cat "$f"; } > "$corpus/seeds/start-$i"; i=$((i + 1))
done

status=0
for t in "${targets[@]}"; do
  echo "=== fuzz $t for ${seconds}s"
  # Only this run's failures are kept: older ones are in fuzz/regressions/ already.
  artifacts="$ROOT/target/fuzz-artifacts/$t"
  rm -rf "$artifacts"
  mkdir -p "$artifacts"
  if cargo fuzz run --fuzz-dir fuzz --sanitizer none "$t" "$corpus/$t" -- \
    -max_total_time="$seconds" -max_len=40000 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$artifacts/" -print_final_stats=1; then
    echo "fuzz $t: no failure in ${seconds}s"
  else
    status=1
    mkdir -p "fuzz/regressions/$t"
    for crash in "$artifacts"/*; do
      [ -f "$crash" ] || continue
      cp "$crash" "fuzz/regressions/$t/$(basename "$crash")"
      echo "fuzz $t: failing input kept as fuzz/regressions/$t/$(basename "$crash")"
    done
  fi
done
exit "$status"
