#!/usr/bin/env bash
# Load on `biennien serve`: wrk at 100 and 1,000 concurrent connections on a search page and an
# article page, against a database of generated articles (100,000 by default).
#
#   benchmarks/serve-load.sh [DB] [ARTICLES]     (default $TMPDIR/biennien-load.sqlite, 100000)
#
# Builds in release mode, builds the database with `biennien bench --store` when it is missing
# (a few minutes), starts the server on a free loopback port, runs wrk (Debian's package;
# installed with apt-get when missing) for 15 s per case and prints requests/s, p99 latency and
# failed requests (socket errors, non-2xx) per case. Only loopback is ever loaded.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-${TMPDIR:-/tmp}/biennien-load.sqlite}
articles=${2:-100000}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
(cd "$root" && swift build -c release --product biennien >&2)
bin=$root/.build/release/biennien
if [ ! -f "$db" ]; then
    "$bin" bench --store --store-articles "$articles" --store-path "$db" >&2
fi
ulimit -n 65536 2>/dev/null || ulimit -n 4096
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
"$bin" serve --db "$db" --port "$port" 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/stats" >/dev/null && break; sleep 0.2; done
base=http://127.0.0.1:$port
# A real query: the most named actor's name; an article it finds.
name=$(curl -sf "$base/api/actors?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["actors"][0]["name"])')
q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$name")
article=$(curl -sf "$base/api/search?q=$q&limit=1" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["results"][0]["article"]))')
echo "database: $db ($(curl -sf "$base/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])') articles); search q=$name; article $article"
printf '%-10s %-12s %12s %10s %8s\n' page connections requests/s p99 failed
for page in "search:/search?q=$q" "article:/articles/$article"; do
    for c in 100 1000; do
        out=$(wrk -t2 -c"$c" -d15s --timeout 10s --latency "$base${page#*:}")
        rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
        p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
        errors=$(awk '/Socket errors/ {gsub(",", ""); s = 0; for (i = 3; i <= NF; i += 2) s += $(i + 1); print s}' <<<"$out")
        non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
        printf '%-10s %-12s %12s %10s %8s\n' "${page%%:*}" "$c" "$rps" "$p99" "$(( ${errors:-0} + ${non2xx:-0} ))"
    done
done
