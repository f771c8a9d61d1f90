#!/usr/bin/env bash
# Load benchmark of the server (not a test): generates N records (compendium generate), ingests them into a fresh
# store, serves it on a free loopback port, and runs wrk (Debian package 'wrk') against the search and record
# endpoints of the API and the pages, each for D seconds (after W s of warm-up) with C connections on 2 threads.
# Record ids and queries rotate (bench/api-rotate.lua), for search in three mixes: one query repeated, 15 query
# words in turn (both answered from the server's result cache after their first round), and 1,440 distinct
# searches in a cycle no cache holds (the cost of a search itself). Prints per endpoint wrk's requests/s and
# latency distribution, the server's CPU time per request (user+sys of its process, from /proc; a shared machine
# inflates it less than wall time) and the load average at the end.
# Usage: bench/api.sh [N records, default 2000] [D seconds, default 15] [C connections, default 16]
# Env: JAR (default target/compendium.jar); STORE (serve this existing store instead of generating and ingesting
#      one: N is then ignored); WARMUP (seconds, default 5); KINDS (endpoints, default all, see api-rotate.lua);
#      SERVE_OPTS (JVM options for the server; default bin/compendium's JIT options, @bin/jit.options; set it
#      empty for the JVM's defaults).
# Traffic goes to 127.0.0.1 only. The machine may be shared: note `uptime` with the figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-2000}"
secs="${2:-15}"
conns="${3:-16}"
jar="${JAR:-$here/target/compendium.jar}"
warmup="${WARMUP:-5}"
kinds="${KINDS:-search-api search-api-one search-api-distinct record-api search-page record-page}"
command -v wrk >/dev/null || { echo "api.sh: needs wrk (apt-get install -y wrk)" >&2; exit 1; }
[ -f "$jar" ] || (cd "$here" && mvn -q -o -DskipTests package >&2)
work="$(mktemp -d /tmp/compendium-api-bench.XXXXXX)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ -n "${STORE:-}" ]; then
  store="$STORE"
else
  store="$work/store"
  java -jar "$jar" generate "$n" --seed 7 --out "$work/in" --no-progress >/dev/null
  java -jar "$jar" ingest "$work/in" "$here/samples" --store "$store" --no-progress | head -1
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -Xmx1g ${SERVE_OPTS-@$here/bin/jit.options} -jar "$jar" serve --store "$store" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do curl -sf "$base/api/v1/stats" >/dev/null && break; sleep 0.5; done
curl -s "$base/api/v1/stats"; echo
# ids of 200 records, one per line, for the record endpoints
curl -s "$base/api/v1/records?size=100&page=1" "$base/api/v1/records?size=100&page=2" \
  | python3 -c 'import sys, json
for line in sys.stdin.read().replace("}{", "}\n{").splitlines():
    for r in json.loads(line)["records"]: print(r["id"])' > "$work/ids.txt"
tick=$(getconf CLK_TCK)
echo "load: $(uptime | sed 's/.*load average: //'); wrk -t2 -c$conns -d${secs}s after ${warmup}s of warm-up;" \
  "$(wc -l < "$work/ids.txt") record ids rotating; $(nproc) cores"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
# a first warm-up of the server as a whole (JIT), then one per endpoint before it is measured
for kind in search-api record-api record-page; do
  IDS="$work/ids.txt" KIND="$kind" wrk -t2 -c"$conns" -d"${warmup}s" -s "$here/bench/api-rotate.lua" "$base" >/dev/null
done
for kind in $kinds; do
  echo "== $kind"
  # warm-up (JIT, caches), not measured
  IDS="$work/ids.txt" KIND="$kind" wrk -t2 -c"$conns" -d"${warmup}s" -s "$here/bench/api-rotate.lua" "$base" >/dev/null
  c0=$(cpu_ticks)
  IDS="$work/ids.txt" KIND="$kind" wrk -t2 -c"$conns" -d"${secs}s" --latency -s "$here/bench/api-rotate.lua" "$base" \
    > "$work/wrk.txt"
  c1=$(cpu_ticks)
  grep -E 'Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket errors|requests in' "$work/wrk.txt"
  reqs=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
  awk -v c="$((c1 - c0))" -v t="$tick" -v r="$reqs" -v s="$secs" 'BEGIN {
    printf "  server CPU: %.1f s (%.2f cores), %.3f ms per request\n", c / t, c / t / s, c / t * 1000 / r }'
  echo "  load: $(uptime | sed 's/.*load average: //')"
done
