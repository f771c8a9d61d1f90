#!/usr/bin/env bash
# The benchmark suite (not a test; issue 5). Builds the project and the two benchmark projects, prepares the
# inputs, runs every benchmark and writes bench/RESULTS.md, bench/results.json and bench/throughput.png.
#   extraction throughput (records/s, MB/s; 1 thread and all cores) over generated corpora of growing size,
#     against plain Lucene indexing of the same texts (StandardAnalyzer) and Stanford CoreNLP
#     tokenize,ssplit,pos,lemma,ner (bench/corenlp, GPL, benchmark-only; on a subset);
#   JMH micro-benchmarks of the hot annotators (bench/harness, AnnotatorBench);
#   start-up time of `compendium` to a first answer (extract of one file, search of a small archive);
#   bench/archive.sh (ingest, search p50/p99) and bench/api.sh (wrk) when present.
# Usage: bench/run.sh [--quick]   (--quick: smaller corpora, shorter runs, CoreNLP on 5 records, no archive/api)
# Env: WORK (default /tmp/compendium-bench-run; generated corpora are reused), SIZES (records per corpus),
#      ARCHIVE_SIZES (records for bench/archive.sh, default 10000; 100000 and 1000000 take hours on 2 shared cores).
# The machine may be shared: every figure is stored with the load average it was measured under.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
quick=0
[ "${1:-}" = "--quick" ] && quick=1
work="${WORK:-/tmp/compendium-bench-run}"
cores=$(nproc)
if [ $quick = 1 ]; then
  sizes="${SIZES:-100 1000}"; warm=5; measure=6; nlp_records=5; nlp_warm=10; nlp_measure=10
  jmh_opts=(-f 1 -wi 2 -i 3 -w 2s -r 2s)
else
  sizes="${SIZES:-100 1000 3000}"; warm=20; measure=20; nlp_records=20; nlp_warm=60; nlp_measure=60
  jmh_opts=(-f 1 -wi 4 -i 5 -w 3s -r 3s)
fi
mkdir -p "$work"
results="$work/results.jsonl"
: > "$results"
load() { cut -d' ' -f1 /proc/loadavg; }
say() { echo "[bench $(date -u +%T), load $(load)] $*" >&2; }

say "building"
mvn -q -o -DskipTests package 2>/dev/null || mvn -q -DskipTests package
(cd bench/harness && (mvn -q -o package 2>/dev/null || mvn -q package))
(cd bench/corenlp && (mvn -q -o package 2>/dev/null || mvn -q package))
jar="$here/target/compendium.jar"
cp_harness="$jar:$here/bench/harness/target/compendium-bench.jar:$(cat bench/harness/target/classpath.txt)"
cp_nlp="$here/bench/corenlp/target/compendium-bench-corenlp.jar:$(cat bench/corenlp/target/classpath.txt)"

say "preparing corpora: $sizes generated records (seed 1)"
for n in $sizes; do
  if [ ! -f "$work/gen-$n.done" ]; then
    rm -rf "$work/gen-$n"
    java -jar "$jar" generate "$n" --seed 1 --out "$work/gen-$n" --no-progress >&2
    touch "$work/gen-$n.done"
  fi
done

# Extraction and Lucene run with the collector bin/compendium gives batch jobs (the throughput one): with G1, the
# default, extraction on two threads was 1.14x slower (bench/ARCHIVE.md, sixth session). Extraction also gets
# bin/compendium's JIT options (bin/jit.options); Lucene keeps the JVM's defaults, tuned for it.
for n in $sizes; do
  for threads in 1 "$cores"; do
    for b in extract lucene; do
      say "$b, $n records, $threads thread(s)"
      jit=(); [ "$b" = extract ] && jit=("@$here/bin/jit.options")
      java ${jit[@]+"${jit[@]}"} -Xmx2g -XX:+UseParallelGC -cp "$cp_harness" org.compendium.perf.Bench "$b" "$work/gen-$n" "$threads" \
        "$warm" "$measure" \
        | tee -a "$results" >&2
    done
  done
done

first=$(echo $sizes | cut -d' ' -f1)
for threads in 1 "$cores"; do
  say "corenlp, $nlp_records records of gen-$first, $threads thread(s)"
  java -Xmx6g -cp "$cp_nlp" org.compendium.perf.corenlp.CoreNlpBench "$work/gen-$first" "$threads" "$nlp_warm" \
      "$nlp_measure" "$nlp_records" 2>"$work/corenlp.err" | tee -a "$results" >&2
done

# Start-up to a first answer: the median of 5 whole-process runs each.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
startup() {
  local what="$1"; shift
  local l; l=$(load)
  local s
  s=$(for i in 1 2 3 4 5; do
        /usr/bin/time -f '%e' "$@" 2>&1 >/dev/null | tail -1
      done | median)
  say "start-up, $what: $s s"
  printf '{"what":"%s","value":%s,"unit":"s","load":%s}\n' "$what" "$s" "$l" >> "$results"
}
startup "compendium --version (JVM and CLI only)" java -jar "$jar" --version
startup "compendium extract of one record (lexicons loaded, first answer)" \
  java -jar "$jar" extract "$here/samples/dev/000.txt"
store="$work/store-samples"
rm -rf "$store"
java -jar "$jar" ingest "$here/samples" --store "$store" --no-progress >/dev/null 2>&1
startup "compendium search of the samples archive (first answer)" \
  java -jar "$jar" search Krasnoyarsk --store "$store"

say "JMH: hot annotators over samples/dev"
java -cp "$cp_harness" -Dcorpus="$here/samples/dev" org.openjdk.jmh.Main AnnotatorBench "${jmh_opts[@]}" \
  -rf json -rff "$work/jmh.json" > "$work/jmh.txt" 2>&1 || say "JMH failed: see $work/jmh.txt"

# Hand-written parts of RESULTS.md: the analysis of the profile, the API figures measured by bench/api.sh's author.
extras=("$here/bench/PROFILE.md" "$here/bench/API.md" "$here/bench/ARCHIVE.md")
if [ $quick = 0 ] && [ -x bench/archive.sh ]; then
  say "bench/archive.sh (ingest, search with facets)"
  { echo "## Archive: ingest and search (bench/archive.sh)"; echo; echo '```';
    WORK="$work/archive" bench/archive.sh ${ARCHIVE_SIZES:-10000} 2>&1 | tail -40; echo '```'; } > "$work/archive.md" || true
  extras+=("$work/archive.md")
fi
if [ $quick = 0 ] && [ -x bench/api.sh ]; then
  say "bench/api.sh (wrk)"
  { echo "## API (bench/api.sh, wrk on loopback)"; echo; echo '```'; bench/api.sh 2>&1 | tail -80; echo '```'; } \
    > "$work/api.md" || true
  extras+=("$work/api.md")
fi

say "report"
mode=full; [ $quick = 1 ] && mode=quick
java -Dcommit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')" -Dmode=$mode -cp "$cp_harness" \
  org.compendium.perf.Report "$results" "$work/jmh.json" "$here/bench" "${extras[@]}"
say "done: bench/RESULTS.md, bench/results.json, bench/throughput.png"
