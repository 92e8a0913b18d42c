#!/usr/bin/env bash
# Runs the Spark example in local mode (local[2]): pyspark from PyPI (installed when missing),
# the installed Java 17, and the release binary (built when missing). Input: ../shared's
# check.jsonl when it is there, else the articles of Examples/ as JSON Lines. Not run by CI
# (starting Spark takes a while); run it by hand:  bash examples/spark/run-local.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -c 'import pyspark' 2>/dev/null || pip install -q 'pyspark>=4,<5'
[ -x .build/release/biennien ] || swift build -c release --product biennien
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="../shared/gold/check.jsonl"
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
direct=$(.build/release/biennien analyze --jobs 2 "$input" 2>/dev/null | grep -c .)
echo "spark local[2]: $articles articles in, $analyses analyses out in ${seconds}s (biennien analyze alone: $direct analyses)"
[ "$analyses" = "$direct" ]
