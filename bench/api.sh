#!/usr/bin/env bash
# Load benchmark of the server (not a test): generates N records (compendium generate), ingests them into a fresh
# store, serves it on a free loopback port, and runs wrk (Debian package 'wrk') against the search and record
# endpoints of the API and the pages, each for D seconds (after 5 s of warm-up) with C connections on 2 threads. Record ids and queries
# rotate (bench/api-rotate.lua). Prints wrk's latency distribution and requests/s per endpoint.
# Usage: bench/api.sh [N records, default 2000] [D seconds, default 15] [C connections, default 16]
# Traffic goes to 127.0.0.1 only. The machine may be shared: note `uptime` with the figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-2000}"
secs="${2:-15}"
conns="${3:-16}"
jar="$here/target/compendium.jar"
command -v wrk >/dev/null || { echo "api.sh: needs wrk (apt-get install -y wrk)" >&2; exit 1; }
[ -f "$jar" ] || (cd "$here" && mvn -q -o -DskipTests package >&2)
work="$(mktemp -d /tmp/compendium-api-bench.XXXXXX)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
java -jar "$jar" generate "$n" --seed 7 --out "$work/in" --no-progress >/dev/null
java -jar "$jar" ingest "$work/in" "$here/samples" --store "$work/store" --no-progress | head -1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -Xmx1g -jar "$jar" serve --store "$work/store" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 60); do curl -sf "$base/api/v1/stats" >/dev/null && break; sleep 0.5; done
curl -s "$base/api/v1/stats"; echo
# ids of 200 records, one per line, for the record endpoints
curl -s "$base/api/v1/records?size=100&page=1" "$base/api/v1/records?size=100&page=2" \
  | python3 -c 'import sys, json
for line in sys.stdin.read().replace("}{", "}\n{").splitlines():
    for r in json.loads(line)["records"]: print(r["id"])' > "$work/ids.txt"
echo "load: $(uptime | sed 's/.*load average: //'); wrk -t2 -c$conns -d${secs}s; $(wc -l < "$work/ids.txt") record ids rotating"
bench() {
  local label="$1" kind="$2"
  echo "== $label"
  # warm-up (JIT, caches), not measured
  IDS="$work/ids.txt" KIND="$kind" wrk -t2 -c"$conns" -d5s -s "$here/bench/api-rotate.lua" "$base" >/dev/null
  IDS="$work/ids.txt" KIND="$kind" wrk -t2 -c"$conns" -d"${secs}s" --latency -s "$here/bench/api-rotate.lua" "$base" \
    | grep -E 'Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket errors|requests in'
}
bench "API search (/api/v1/search?q=WORD, 20 hits with facets and snippets)" search-api
bench "API record (/api/v1/records/ID, whole record with facts)" record-api
bench "page search (/search?q=WORD)" search-page
bench "page record (/records/ID, text with every fact highlighted)" record-page
