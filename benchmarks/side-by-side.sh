#!/usr/bin/env bash
# `biennien bench` of a previous revision and of the current tree, in one run, side by side.
#
#   benchmarks/side-by-side.sh [REV] [BENCH OPTIONS…]      e.g. side-by-side.sh main --articles 3000 --jobs 2
#
# REV defaults to the latest tag, else main's first parent (main^). It is checked out in a
# worktree under .build/side-by-side/ (kept, so the next run rebuilds only what changed) and
# built in release mode, as is the current tree; then the two benches run one after the other,
# twice (old, new, old, new), and each stage's best articles/s of each side is printed with the
# ratio. Seconds are noisy on a busy machine: benchmarks/instructions.sh counts instructions.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then rev=$1; shift; else
    rev=$(git -C "$root" describe --tags --abbrev=0 2>/dev/null || echo main^)
fi
sha=$(git -C "$root" rev-parse --verify "$rev^{commit}")
old=$root/.build/side-by-side/$sha
if [ ! -d "$old" ]; then
    mkdir -p "$root/.build/side-by-side"
    git -C "$root" worktree add --detach "$old" "$sha" >&2
fi
echo "building $rev ($sha) in $old …" >&2
(cd "$old" && swift build -c release --product biennien >&2)
echo "building the current tree …" >&2
(cd "$root" && swift build -c release --product biennien >&2)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for round in 1 2; do
    "$old/.build/release/biennien" bench "$@" > "$work/old.$round"
    "$root/.build/release/biennien" bench "$@" > "$work/new.$round"
done
python3 - "$rev" "$work" <<'PY'
import re, sys
rev, work = sys.argv[1], sys.argv[2]
def read(side):
    best, extra = {}, []
    for r in (1, 2):
        for line in open(f"{work}/{side}.{r}", encoding="utf-8"):
            m = re.match(r"(.*?)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s+[\d.]+)?$", line.rstrip())
            if m and not line.startswith("stage"):
                best[m.group(1)] = max(best.get(m.group(1), 0), float(m.group(2)))
            elif r == 1 and not line.startswith("stage"):
                extra.append(line.rstrip())
    return best, extra
old, old_extra = read("old")
new, new_extra = read("new")
names = list(old) + [n for n in new if n not in old]
width = max(len(n) for n in names)
print(f"{'articles/s (best of 2)':<{width}} {rev[:12]:>12} {'current':>12}  ratio")
for n in names:
    o, c = old.get(n), new.get(n)
    ratio = f"{c / o:5.2f}x" if o and c else ""
    print(f"{n:<{width}} {o or 0:12.0f} {c or 0:12.0f}  {ratio}")
for label, lines in ((rev, old_extra), ("current", new_extra)):
    for line in lines:
        print(f"{label}: {line}")
PY
