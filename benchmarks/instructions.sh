#!/usr/bin/env bash
# Instructions per article per stage of `biennien analyze`, counted by valgrind (callgrind):
# unlike seconds, the counts stay the same from run to run on a busy machine.
#
#   benchmarks/instructions.sh [--no-build] [GENERATED]
#
# Builds the release binary (unless --no-build), then analyzes on one job, under
# `valgrind --tool=callgrind`, a fixed set of articles: Examples/, GENERATED (200) articles of
# `biennien bench --write-corpus`, and ../shared/gold/dev.jsonl when present, each set in its own
# run. Prints for each set the instructions per article of each stage (inclusive costs of the
# stage's function), the rest of the per-article work (reading input, writing output), and
# start-up (everything outside the article loop: loading, lexicons) once per run.
# BIENNIEN_BIN=PATH counts another binary (with --no-build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
generated=${1:-200}
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed" >&2; exit 1; }
if [ $build = 1 ]; then (cd "$root" && swift build -c release --product biennien >&2); fi
work=$(mktemp -d)
[ -n "${KEEP:-}" ] && echo "keeping $work" >&2 || trap 'rm -rf "$work"' EXIT
# Valgrind 3.19 cannot read the DWARF 5 of Swift 6 binaries: count a copy without debug info
# (function names stay in the symbol table).
cp "${BIENNIEN_BIN:-$root/.build/release/biennien}" "$work/biennien"
strip --strip-debug "$work/biennien"
"$work/biennien" bench --write-corpus "$generated" > "$work/corpus.jsonl"

demangle() { if command -v swift-demangle >/dev/null; then swift-demangle --simplified; else swift demangle --simplified; fi; }

run() {  # run NAME ARTICLES INPUT…
    local name=$1 articles=$2
    shift 2
    valgrind --tool=callgrind --callgrind-out-file="$work/$name.out" "$work/biennien" analyze --jobs 1 "$@" \
        > "$work/$name.jsonl" 2> "$work/$name.log" || { tail -20 "$work/$name.log" >&2; exit 1; }
    callgrind_annotate --inclusive=yes --threshold=100 "$work/$name.out" 2>/dev/null | demangle > "$work/$name.txt"
    python3 - "$work/$name.txt" "$name" "$articles" <<'PY'
import re, sys
path, name, articles = sys.argv[1], sys.argv[2], int(sys.argv[3])
total, cost = 0, {}
for line in open(path, encoding="utf-8", errors="replace"):
    m = re.match(r"\s*([\d,]+)\s+(?:\([\d.]+%\)\s+)?(?:[^\s:]*:)?(.*)$", line)
    if not m: continue
    n, fn = int(m.group(1).replace(",", "")), m.group(2)
    if "PROGRAM TOTALS" in line: total = n; continue
    cost.setdefault(fn, n)
def inclusive(*patterns):
    """The largest inclusive cost among functions whose name contains every part of a pattern."""
    best = 0
    for pattern in patterns:
        found = [n for fn, n in cost.items() if all(p in fn for p in pattern)]
        best += max(found, default=0)
    return best
loop = inclusive(("OrderedParallelMap.run",))
stages = [
    ("prepare (NFC, fold, sentences, tokens)", inclusive(("Document.init(text:",))),
    ("temporal", inclusive(("TemporalTagger.tag(",))),
    ("actors", inclusive(("ActorTagger.tag(",))),
    ("events and quotes", inclusive(("EventTagger.tag(",), ("QuoteTagger.tag(",), ("EventTagger.outermost(",))),
    ("JSON", inclusive(("ArticleAnalysis.jsonLine.getter",), ("ArticleAnalysis.jsonLineBytes(",))),
]
rest = loop - sum(n for _, n in stages)
print(f"{name}: {articles} articles, {total / 1e6:,.1f} M instructions in all")
for stage, n in stages + [("input, output and the rest", rest)]:
    print(f"  {stage:<40} {n / articles / 1e6:8.3f} M per article")
print(f"  {'per article in all':<40} {loop / articles / 1e6:8.3f} M")
print(f"  {'start-up (once per run)':<40} {(total - loop) / 1e6:8.1f} M")
PY
}

run examples "$(ls "$root"/Examples/*.txt | wc -l)" "$root/Examples"
run generated "$generated" "$work/corpus.jsonl"
dev=$root/../shared/gold/dev.jsonl
if [ -f "$dev" ]; then run dev "$(grep -c . "$dev")" "$dev"; fi
