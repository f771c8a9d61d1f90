#!/usr/bin/env bash
# Archive benchmark (not a test): for each N, generates N records (compendium generate, seed 1), ingests them
# into a fresh store (wall time, records/s, peak RSS from /usr/bin/time -v, peak heap from the GC log), then
# measures search latency over the store (compendium bench-search: p50/p90/p99 of a seeded mix of free-text
# queries and filters, page of ten with facets and snippets, warm).
# Usage: bench/archive.sh [N ...]   (default: 10000 100000)
# Env: WORK (default /tmp/compendium-archive-bench; generated corpora are kept there and reused), JAR,
#      HEAP (ingest -Xmx, default 1g), QUERIES (default 2000), THREADS (ingest threads, default all cores),
#      (without BULK, a plain `ingest`: from 500 records into a fresh store, itself a bulk load linked at its end);
#      BULK=1: bulk load (`ingest --defer-links`: stored and indexed only), then the link pass (`compendium link`:
#      links and commitment tracking) timed on its own; LINK=0 with BULK=1 skips the link pass (it takes hours at 1M);
#      GC (the ingest's and link pass's collector, default -XX:+UseParallelGC as bin/compendium gives them);
#      the ingest and the link pass also get bin/compendium's JIT options (bin/jit.options).
# The machine may be shared: note `uptime` with the figures, compare runs made back to back.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${JAR:-$here/target/compendium.jar}"
work="${WORK:-/tmp/compendium-archive-bench}"
heap="${HEAP:-1g}"
gc="${GC:--XX:+UseParallelGC}"
queries="${QUERIES:-2000}"
threads="${THREADS:-$(nproc)}"
bulk="${BULK:-0}"
defer=(); [ "$bulk" = 1 ] && defer=(--defer-links)
[ $# -gt 0 ] || set -- 10000 100000
[ -f "$jar" ] || (cd "$here" && mvn -q -o -DskipTests package >&2)
mkdir -p "$work"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, java $(java -version 2>&1 | head -1 | cut -d'"' -f2)"
for n in "$@"; do
  gen="$work/gen-$n"
  if [ ! -f "$gen.done" ]; then
    rm -rf "$gen"
    java -jar "$jar" generate "$n" --seed 1 --out "$gen" --no-progress
    touch "$gen.done"
  fi
  bytes=$(du -sb "$gen" | cut -f1)
  store="$work/store-$n"
  rm -rf "$store"
  echo "== $n records ($bytes bytes on disk), load before ingest: $(uptime | sed 's/.*load average: //')"
  t0=$(date +%s.%N)
  /usr/bin/time -v -o "$work/time-$n.txt" java @"$here/bin/jit.options" -Xmx"$heap" $gc -Xlog:gc:file="$work/gc-$n.log" -jar "$jar" \
      ingest "$gen" --store "$store" --threads "$threads" --no-progress "${defer[@]}" > "$work/ingest-$n.txt" 2> "$work/ingest-$n.err" || true
  t1=$(date +%s.%N)
  head -1 "$work/ingest-$n.txt" | cut -c1-200
  head -3 "$work/ingest-$n.err"
  rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$work/time-$n.txt")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.0f", u + s}' "$work/time-$n.txt")
  share=$(awk -F': ' '/Percent of CPU/ {print $2}' "$work/time-$n.txt")
  peak=$(grep -o '[0-9]*M->' "$work/gc-$n.log" | sed 's/M->//' | sort -n | tail -1)
  size=$(du -sm "$store" | cut -f1)
  awk -v n="$n" -v t0="$t0" -v t1="$t1" -v rss="$rss" -v cpu="$cpu" -v peak="${peak:-0}" -v size="$size" \
      -v share="$share" 'BEGIN {
    s = t1 - t0; printf "ingest: %d records in %.1f s = %.1f records/s, cpu %d s (%s of one core) = %.1f records per cpu-s, peak heap %d MB (-Xmx'"$heap"'), peak RSS %d MB, store %d MB\n",
      n, s, n / s, cpu, share, n / cpu, peak, rss, size }'
  if [ "$bulk" = 1 ] && [ "${LINK:-1}" = 1 ]; then
    echo "load before the link pass: $(uptime | sed 's/.*load average: //')"
    /usr/bin/time -v -o "$work/time-link-$n.txt" java @"$here/bin/jit.options" -Xmx"$heap" $gc -jar "$jar" link --store "$store" \
        > "$work/link-$n.txt" 2> "$work/link-$n.err" || true
    head -1 "$work/link-$n.txt"
    awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {r=$2} END {
      printf "link pass: cpu %.0f s, peak RSS %.0f MB\n", u + s, r / 1024 }' "$work/time-link-$n.txt"
  fi
  echo "load before search: $(uptime | sed 's/.*load average: //')"
  java -jar "$jar" bench-search --store "$store" --queries "$queries"
done
