#!/usr/bin/env bash
# Start-up figures of each distribution: jar size, bundle count, and the median wall time of
# `runavm --version` over N runs (default 10) after one warm-up run that fills the framework cache and
# the class-data-sharing archive. Prints a Markdown table for docs/PERFORMANCE.md.
#   benchmarks/startup/measure.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-10}
. "$root/bin/jdk.sh"
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export RUNAVM_CACHE_DIR="$cache"

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo "| distribution | jar size | bundles | median \`--version\` (ms, $runs runs) | first run (ms, cold cache) |"
echo "| --- | --- | --- | --- | --- |"
for dist in standard server embedded; do
  jar="$root/distributions/target/runavm-$dist.jar"
  [ -f "$jar" ] || { echo "missing $jar (run ./mvnw package first)" >&2; exit 2; }
  size=$(du -k "$jar" | cut -f1)
  bundles=$(unzip -l "$jar" | grep -c ' bundles/.*\.jar$')
  cmd=("$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -XX:SharedArchiveFile="$cache/$dist.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off
       -Xlog:cds+dynamic=off -jar "$jar" --version)
  start=$(date +%s%N); "${cmd[@]}" >/dev/null; first=$(( ($(date +%s%N) - start) / 1000000 ))
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N); "${cmd[@]}" >/dev/null; times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  echo "| $dist | $((size / 1024)).$(( (size % 1024) * 10 / 1024 )) MiB | $bundles | $(printf '%s\n' "${times[@]}" | median) | $first |"
done
