#!/usr/bin/env bash
# Runs the Spark example in local mode (local[2]): pyspark from PyPI (installed when missing),
# the installed Java 17, and the release binary (built when missing). Input: the JSON Lines file
# given, else ../shared's check.jsonl when it is there, else the articles of Examples/. Then
# stores Spark's analyses with `ingest --analyzed` (into $BIENNIEN_DATABASE_URL when set, else a
# temporary SQLite file) and checks the counts against a plain `ingest`. Not run by CI (starting
# Spark takes a while); run it by hand:  bash examples/spark/run-local.sh [ARTICLES.jsonl]
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -c 'import pyspark' 2>/dev/null || pip install -q 'pyspark>=4,<5'
[ -x .build/release/biennien ] || swift build -c release --product biennien
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="${1:-../shared/gold/check.jsonl}"
[ -n "${1:-}" ] && input="$(realpath "$1")"
if [ ! -f "$input" ]; then
    input="$work/examples.jsonl"
    for f in Examples/*.txt; do
        python3 - "$f" >> "$input" <<'PY'
import json, os, sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
date = next(l.split(None, 1)[1].strip() for l in lines if l.lower().startswith("date"))
body = "\n".join(l for l in lines if not l.lower().startswith("date"))
print(json.dumps({"id": os.path.basename(path)[:-4], "date": date, "text": body}, ensure_ascii=False))
PY
    done
fi
start=$(date +%s)
python3 examples/spark/analyze_with_spark.py --binary .build/release/biennien --input "$input" --output "$work/analyses" --partitions 4
seconds=$(( $(date +%s) - start ))
articles=$(grep -c . "$input")
analyses=$(cat "$work"/analyses/part-* | grep -c .)
start=$(date +%s)
direct=$(.build/release/biennien analyze --jobs 2 "$input" 2>/dev/null | grep -c .)
alone=$(( $(date +%s) - start ))
echo "spark local[2]: $articles articles in, $analyses analyses out in ${seconds}s (biennien analyze --jobs 2 alone: $direct in ${alone}s)"
[ "$analyses" = "$direct" ]
db="${BIENNIEN_DATABASE_URL:-$work/spark.sqlite}"
cat "$work"/analyses/part-* | .build/release/biennien ingest --db "$db" --analyzed -
.build/release/biennien ingest --db "$work/direct.sqlite" "$input" 2>&1 | tail -1
