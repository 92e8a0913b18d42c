#!/usr/bin/env bash
# Checks that a change leaves the analysis output byte for byte as it was.
#
#   benchmarks/same-output.sh save DIR    # before the change: write the outputs of this build to DIR
#   benchmarks/same-output.sh DIR         # after it: compare this build's outputs with DIR (cmp)
#
# Outputs: `analyze` as JSON Lines, `--format text` and `--format json` of Examples/, and JSON
# Lines and text of ../shared/gold/dev.jsonl and check.jsonl when present (check.jsonl is only
# analyzed and compared, never shown). Uses the release binary as built (build it first).
# Exit status 1 when any output differs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${BIENNIEN_BIN:-$root/.build/release/biennien}
[ -x "$bin" ] || { echo "same-output.sh: build first: swift build -c release" >&2; exit 2; }
mode=compare
if [ "${1:-}" = save ]; then mode=save; shift; fi
dir=${1:?usage: same-output.sh [save] DIR}
mkdir -p "$dir"
out=$dir
if [ $mode = compare ]; then out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
"$bin" analyze "$root/Examples" > "$out/examples.jsonl"
"$bin" analyze --format text "$root/Examples" > "$out/examples.txt"
"$bin" analyze --format json "$root/Examples" > "$out/examples.json"
for set in dev check; do
    gold=$root/../shared/gold/$set.jsonl
    [ -f "$gold" ] || continue
    "$bin" analyze "$gold" > "$out/$set.jsonl"
    "$bin" analyze --format text "$gold" > "$out/$set.txt"
done
[ $mode = save ] && { echo "saved $(ls "$dir" | wc -l) outputs in $dir"; exit 0; }
status=0
for f in "$out"/*; do
    name=$(basename "$f")
    if [ ! -f "$dir/$name" ]; then echo "$name: no saved output"; status=1
    elif cmp -s "$f" "$dir/$name"; then echo "$name: same"
    else echo "$name: DIFFERS ($(cmp "$f" "$dir/$name" 2>&1 | sed 's/.*differ: //'))"; status=1; fi
done
exit $status
