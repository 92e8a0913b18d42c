#!/usr/bin/env bash
# Scores BienNien on the development set (or another gold file) with the shared scorer.
#
#   benchmarks/score-dev.sh [GOLD.jsonl] [--details]
#
# Prints timex relaxed/strict/value F1, actors, countries, events and quotes F1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gold=${1:-$root/../shared/gold/dev.jsonl}
shift || true
score=$(dirname "$gold")/score.py
[ -f "$score" ] || score=$root/../shared/gold/score.py
(cd "$root" && swift build -c release >&2)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$root/.build/release/biennien" analyze "$gold" > "$out"
python3 "$score" "$gold" "$out" "$@"
