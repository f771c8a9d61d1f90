#!/usr/bin/env bash
# Throughput benchmark of `compendium extract` (not a test): builds a corpus of N copies of the sample texts
# (deterministic names and content), runs extract with --threads 1 and with all cores, and prints records/s
# and MB/s (wall clock, including JVM start and lexicon loading) plus the CPU seconds the JVM used.
# Usage: bench/extract.sh [N copies, default 40] [jar, default target/compendium.jar]
# The machine may be shared: compare runs made back to back, and note `uptime` with the figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-40}"
jar="${2:-$here/target/compendium.jar}"
[ -f "$jar" ] || (cd "$here" && mvn -q -o -DskipTests package >&2)
work="$(mktemp -d /tmp/compendium-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for i in $(seq -w 1 "$copies"); do
  for f in "$here"/samples/dev/*.txt; do
    cp "$f" "$work/in/c${i}_$(basename "$f")"
  done
done
records=$(ls "$work/in" | wc -l)
bytes=$(cat "$work/in"/*.txt | wc -c)
cores=$(nproc)
echo "corpus: $records records, $bytes bytes ($copies copies of samples/dev); load: $(uptime | sed 's/.*load average: //')"
run() {
  local threads="$1" out="$work/out-$1"
  rm -rf "$out"; mkdir -p "$out"
  local t0 t1 cpu
  t0=$(date +%s.%N)
  cpu=$( { /usr/bin/time -f '%U %S' java -jar "$jar" extract "$work/in"/*.txt --out "$out" --threads "$threads" \
      >/dev/null 2>"$work/err-$threads"; } 2>&1; tail -1 "$work/err-$threads")
  t1=$(date +%s.%N)
  awk -v r="$records" -v b="$bytes" -v t0="$t0" -v t1="$t1" -v th="$threads" -v cpu="$cpu" 'BEGIN {
    s = t1 - t0; split(cpu, c, " "); u = c[1] + c[2];
    printf "threads=%-2s wall %6.2f s  %7.1f records/s  %5.2f MB/s   cpu %6.2f s  (%5.2f MB per cpu-s)\n",
      th, s, r / s, b / 1e6 / s, u, b / 1e6 / u }'
}
run 1
run "$cores"
