#!/usr/bin/env bash
# JDK 17 + AppCDS against JDK 25 + AOT cache: `./spectrum train FILE` (the launcher, its start-up cache built
# untimed first) with --model-type cosine and with the default (EASE), RUNS alternating rounds of the four,
# wall time of the whole process, then the medians. SPECTRUM_JAVA picks each JDK.
#
#   bench/startup-jdks.sh [FILE] [RUNS]    FILE defaults to ../shared/data/online_retail.csv.gz, RUNS to 5
#   JDK17=/usr/lib/jvm/java-17-openjdk-amd64/bin/java JDK25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=${1:-../shared/data/online_retail.csv.gz}
RUNS=${2:-5}
JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
SPECTRUM_JAVA=$JDK17 ./spectrum --version >/dev/null
SPECTRUM_JAVA=$JDK25 ./spectrum --version >/dev/null
echo "file: $FILE; $(nproc) cores; $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jdk17: $("$JDK17" -version 2>&1 | head -1); jdk25: $("$JDK25" -version 2>&1 | head -1)"
now() { date +%s%N; }
for i in $(seq "$RUNS"); do
  line="run $i:"
  for type in cosine default; do
    for jdk in 17 25; do
      java_bin=JDK$jdk
      args=()
      [ "$type" = cosine ] && args=(--model-type cosine)
      rm -rf "$work/model"
      t0=$(now)
      SPECTRUM_JAVA=${!java_bin} ./spectrum train "$FILE" -o "$work/model" "${args[@]}" >/dev/null
      ms=$(( ($(now) - t0) / 1000000 ))
      echo "$ms" >> "$work/$type-$jdk"
      line="$line $type/jdk$jdk $ms ms"
    done
  done
  echo "$line (load $(cut -d' ' -f1 /proc/loadavg))"
done
for type in cosine default; do
  for jdk in 17 25; do
    printf 'median %-8s jdk%s %6d ms\n' "$type" "$jdk" "$(sort -n "$work/$type-$jdk" | sed -n "$(( (RUNS + 1) / 2 ))p")"
  done
done
