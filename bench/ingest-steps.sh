#!/usr/bin/env bash
# Ingest growth benchmark (not a test): ingests a generated corpus into ONE store in steps and prints, per step,
# the archive size reached, records/s, CPU per record (whole process, and the single writer thread: store, link,
# track, index), peak heap (GC log) and RSS, and the store's size on disk. Flat figures from step to step mean
# the cost of a record does not grow with the archive.
# Usage: bench/ingest-steps.sh STEPS [DIRS_PER_STEP]   e.g. bench/ingest-steps.sh 10 10
#   The corpus is `compendium generate` output (directories of 1,000 records each); each step ingests the next
#   DIRS_PER_STEP directories (default 10, i.e. 10,000 records).
# Env: CORPUS (default /tmp/compendium-steps/gen-1m; generated with seed 1 if missing), STORE, JAR, HEAP (1g),
#      BULK=1: every step a bulk load (`ingest --defer-links`: records stored and indexed, no links or tracking).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${JAR:-$here/target/compendium.jar}"
steps="${1:?usage: bench/ingest-steps.sh STEPS [DIRS_PER_STEP]}"
per="${2:-10}"
corpus="${CORPUS:-/tmp/compendium-steps/gen-1m}"
store="${STORE:-/tmp/compendium-steps/store}"
heap="${HEAP:-1g}"
defer=(); [ "${BULK:-0}" = 1 ] && defer=(--defer-links)
[ -f "$jar" ] || (cd "$here" && mvn -q -o -DskipTests package >&2)
if [ ! -d "$corpus" ]; then
  mkdir -p "$(dirname "$corpus")"
  java -jar "$jar" generate $((steps * per * 1000)) --seed 1 --out "$corpus" --no-progress
fi
mapfile -t dirs < <(ls -d "$corpus"/d* | sort)
rm -rf "$store"
mkdir -p "$(dirname "$store")"
log="$(dirname "$store")"
echo "machine: $(nproc) cores, java $(java -version 2>&1 | head -1 | cut -d'"' -f2), heap -Xmx$heap"
printf '| step | archive | records/s | CPU ms per record | writer CPU ms per record | peak heap MB | RSS MB | store MB | load |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---|\n'
total=0
for ((s = 0; s < steps; s++)); do
  part=("${dirs[@]:$((s * per)):$per}")
  [ ${#part[@]} -gt 0 ] || break
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f '%U %S %M' -o "$log/time.txt" java -Xmx"$heap" -Xlog:gc:file="$log/gc.log" -jar "$jar" \
      ingest "${part[@]}" --store "$store" --no-progress "${defer[@]}" > "$log/out.txt"
  line="$(head -1 "$log/out.txt")"
  n=$(sed -E 's/^ingested ([0-9]+).*/\1/' <<< "$line")
  secs=$(sed -E 's/.* files in ([0-9.]+) s.*/\1/' <<< "$line")
  writer=$(sed -E 's/.*writing ([0-9.]+) s CPU.*/\1/' <<< "$line")
  read -r user sys rss < "$log/time.txt"
  peak=$(grep -o '[0-9]*M->' "$log/gc.log" | sed 's/M->//' | sort -n | tail -1)
  total=$((total + n))
  awk -v s=$((s + 1)) -v total=$total -v n="$n" -v secs="$secs" -v w="$writer" -v u="$user" -v y="$sys" \
      -v rss="$rss" -v peak="${peak:-0}" -v size="$(du -sm "$store" | cut -f1)" -v load="$load" 'BEGIN {
    printf "| %d | %d | %.1f | %.2f | %.2f | %d | %d | %d | %s |\n", s, total, n / secs, (u + y) * 1000 / n,
      w * 1000 / n, peak, rss / 1024, size, load }'
done
