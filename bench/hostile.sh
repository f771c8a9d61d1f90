#!/usr/bin/env bash
# Time and peak memory of each hostile input of issue 6 (the suite of src/test/.../hostile/HostileInputs.java,
# with the single line at its full 10 MB, plus a 10 MB line of punctuation only), each through its own
# `compendium extract` process (java -Xmx2g, as bin/compendium runs it); with --ingest, then all at once
# through `ingest` into a fresh store.
#   bench/hostile.sh [--ingest]   writes target/hostile/results.md (a markdown table) and prints it
# Wall time depends on the machine's load; CPU time (user+sys) much less so. Peak memory is the process's RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/hostile
rm -rf "$out"
mkdir -p "$out"
mvn -q -o package -DskipTests
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/cp.txt" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$out/cp.txt")" org.compendium.hostile.HostileInputs \
  "$out/in" $((10 * 1024 * 1024)) > "$out/cases.tsv"
head -c $((10 * 1024 * 1024)) /dev/zero | tr '\0' '-' > "$out/in/dashes-10mb.txt"
printf '%s\t%s\t%s\n' "$out/in/dashes-10mb.txt" "single line of 10 MB of punctuation" "?" >> "$out/cases.tsv"
jar=target/compendium.jar
{
  echo "| input | size | outcome (exit code: first line) | wall s | CPU s | peak RSS MB |"
  echo "|---|---|---|---|---|---|"
} > "$out/results.md"
while IFS=$'\t' read -r file label _; do
  size=$(stat -c %s "$file" 2>/dev/null || echo 0)
  rm -rf "$out/x"
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$out/time" java -Xmx2g -jar "$jar" extract "$file" --out "$out/x" \
    > /dev/null 2> "$out/err"
  code=$?
  set -e
  read -r wall user sys rss < <(tail -1 "$out/time")
  if [ "$code" -eq 0 ]; then
    what="read: $(ls "$out/x" | wc -l) record(s)"
  else
    what="$(head -1 "$out/err" | sed "s|^$out/in/||; s/|/\\\\|/g")"
  fi
  printf '| %s | %s | %s: %s | %s | %.1f | %d |\n' "$label" "$(numfmt --to=iec "$size")" "$code" "$what" "$wall" \
    "$(awk "BEGIN{print $user + $sys}")" $((rss / 1024)) >> "$out/results.md"
  echo "$label: exit $code, $wall s" >&2
done < "$out/cases.tsv"
if [ "${1:-}" != "--ingest" ]; then
  cat "$out/results.md"
  exit 0
fi
set +e
/usr/bin/time -f '%e %U %S %M' -o "$out/time" java -Xmx2g -jar "$jar" ingest --store "$out/store" --no-progress \
  $(cut -f1 "$out/cases.tsv") > "$out/ingest.out" 2> "$out/ingest.err"
code=$?
set -e
read -r wall user sys rss < <(tail -1 "$out/time")
{
  echo
  echo "All of them in one \`ingest\` (exit $code): $(head -1 "$out/ingest.out" | sed "s| into .*||"); $wall s wall," \
    "$(awk "BEGIN{print $user + $sys}") s CPU, peak RSS $((rss / 1024)) MB."
} >> "$out/results.md"
cat "$out/results.md"
