#!/usr/bin/env bash
# Fuzzes the readers and the extraction pipeline with Jazzer's command line, starting from the committed
# regression inputs, for SECONDS of wall time per target (default 120).
#   bench/fuzz.sh [SECONDS] [TARGET...]      targets: text html tei pipeline file (default: all)
# Per target: the grown corpus in target/fuzz/corpus/T, findings (crash-*, timeout-* over 30 s, oom-*) in
# target/fuzz/findings/T, the log in target/fuzz/T.log; a summary line per target appended to target/fuzz/results.tsv (slow-unit-*
# files are inputs that took over libFuzzer's 10 s report threshold without failing: counted apart). A finding becomes a regression test: copy it into the target's input directory
# under src/test/resources/org/compendium/fuzz/ (printed below), fix the code, and `mvn test` replays it for good.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-120}
shift || true
targets=${*:-text html tei pipeline file}
out=target/fuzz
inputs=src/test/resources/org/compendium/fuzz
mkdir -p "$out"
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/cp.txt" >/dev/null
# a copy of the classes, so a build in the meantime does not pull them from under a long run
rm -rf "$out/classes" "$out/test-classes"
cp -r target/classes "$out/classes"
cp -r target/test-classes "$out/test-classes"
cp="$out/test-classes:$out/classes:$(cat "$out/cp.txt")"
[ -f "$out/results.tsv" ] || printf 'target\tseconds\tcpu_s\truns\tcoverage\tfindings\tslow_inputs\n' > "$out/results.tsv"
for t in $targets; do
  case "$t" in
    text|html|tei) seeds="$inputs/ReaderFuzzTestInputs/$t" ;;
    pipeline) seeds="$inputs/PipelineFuzzTestInputs/text" ;;
    file) seeds="$inputs/PipelineFuzzTestInputs/file" ;;
    *) echo "unknown target $t" >&2; exit 2 ;;
  esac
  mkdir -p "$out/corpus/$t" "$out/findings/$t"
  cp -n "$seeds"/* "$out/corpus/$t/" 2>/dev/null || true
  includes='org.compendium.**'
  [ "$t" = html ] || [ "$t" = file ] && includes='org.compendium.**:org.jsoup.**'
  echo "fuzzing $t for $secs s (seeds: $seeds)" >&2
  set +e
  /usr/bin/time -f '%U %S' -o "$out/$t.time" java -Xmx2g -Dcompendium.fuzz.target="$t" -cp "$cp" \
    com.code_intelligence.jazzer.Jazzer --target_class=org.compendium.fuzz.FuzzTargets \
    --instrumentation_includes="$includes" --keep_going=20 \
    -max_total_time="$secs" -timeout=30 -rss_limit_mb=3000 -artifact_prefix="$out/findings/$t/" \
    "$out/corpus/$t" > "$out/$t.log" 2>&1
  set -e
  cpu=$(awk '{printf "%.0f", $1 + $2}' "$out/$t.time")
  runs=$(grep -o 'Done [0-9]* runs' "$out/$t.log" | tail -1 | awk '{print $2}' || true)
  cov=$(grep -o 'cov: [0-9]*' "$out/$t.log" | tail -1 | awk '{print $2}' || true)
  found=$(find "$out/findings/$t" -type f ! -name 'slow-unit-*' | wc -l)
  slow=$(find "$out/findings/$t" -type f -name 'slow-unit-*' | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$secs" "$cpu" "${runs:-?}" "${cov:-?}" "$found" "$slow" \
    >> "$out/results.tsv"
  if [ "$found" -gt 0 ]; then
    echo "$t: $found finding(s) in $out/findings/$t; add each to $seeds/ as a regression input" >&2
  fi
done
column -t "$out/results.tsv"
