#!/usr/bin/env bash
# Time and peak memory (max RSS) of loading and profiling a transactions file with the built jar, the whole
# process from JVM start, as the median of several runs.
#
#   bench/load-profile.sh [FILE]          FILE defaults to ../shared/data/online_retail.csv.gz
#   RUNS=9 JAVA_OPTS="-Xmx2g" bench/load-profile.sh
#
# Uses `spectrum profile FILE`; when the jar has no profile command, falls back to reading and cleaning through
# com.shopperspectrum.bench.LoadProfile in spectrum-bench/target/benchmarks.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=${1:-../shared/data/online_retail.csv.gz}
RUNS=${RUNS:-5}
JAR=spectrum-cli/target/spectrum.jar
BENCH_JAR=spectrum-bench/target/benchmarks.jar
read -r -a OPTS <<< "${JAVA_OPTS:-}"

if [ ! -f "$FILE" ]; then
  echo "no such file: $FILE" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (apt-get install time)" >&2
  apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
fi
if [ ! -f "$JAR" ] || [ ! -f "$BENCH_JAR" ]; then
  ./mvnw -B -q package -DskipTests
fi
if java -jar "$JAR" profile --help >/dev/null 2>&1; then
  CMD=(java "${OPTS[@]}" -jar "$JAR" profile "$FILE")
else
  CMD=(java "${OPTS[@]}" -cp "$BENCH_JAR" com.shopperspectrum.bench.LoadProfile "$FILE")
fi

echo "command: ${CMD[*]}"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GB, $(java -version 2>&1 | head -1)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
walls=()
rss=()
for i in $(seq "$RUNS"); do
  /usr/bin/time -v "${CMD[@]}" >/dev/null 2>"$log"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")
  kb=$(awk -F': ' '/Maximum resident set size/{print $2}' "$log")
  printf 'run %d: %.2f s, max RSS %d MB\n' "$i" "$wall" "$((kb / 1024))"
  walls+=("$wall")
  rss+=("$kb")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
printf 'median of %d runs: %.2f s wall, max RSS %d MB\n' "$RUNS" "$(median "${walls[@]}")" \
  "$(( $(median "${rss[@]}" | cut -d. -f1) / 1024 ))"
