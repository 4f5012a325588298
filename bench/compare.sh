#!/usr/bin/env bash
# The original method (pandas + scikit-learn, bench/original_method.py) against `spectrum train` on the same
# file, in one run on the same machine: RUNS alternating runs of each, wall time of the whole process (JVM or
# Python start included), then medians and the ratio, whole process and per stage.
#
#   bench/compare.sh [FILE] [RUNS]        FILE defaults to ../shared/data/online_retail.csv.gz, RUNS to 5
#   JAVA_OPTS="-XX:TieredStopAtLevel=1" bench/compare.sh
#   JAR=spectrum-cli/target/spectrum.jar bench/compare.sh      (java -jar instead of the launcher)
#
# Spectrum runs as users run it, through the `./spectrum` launcher (with its class-data archive, built once per
# build before anything is timed); with JAR set, as `java $JAVA_OPTS -jar $JAR` instead.
#
# Per stage: Python prints its stage timings as JSON; spectrum's come from the "timingsMillis" that train
# records in the model's metadata.json (whatever stages train records, named as train names them).
# Settings: both use k = 4 and the seed's cleaning rules; see BENCHMARKS for the work each side does.
# Each round times three processes in turn: the original method, `train` as it comes (the default: EASE
# recommender) and `train --model-type cosine` (the same work as the original method, which fits no EASE); the
# per-stage table is the default train's. SPECTRUM_ARGS are added to both trains.
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=${1:-../shared/data/online_retail.csv.gz}
RUNS=${2:-5}
JAR=${JAR:-}
PY=/usr/bin/python3
read -r -a OPTS <<< "${JAVA_OPTS:-}"
read -r -a ARGS <<< "${SPECTRUM_ARGS:-}"

if [ ! -f "$FILE" ]; then
  echo "no such file: $FILE" >&2
  exit 2
fi
if ! "$PY" -c 'import pandas, sklearn' 2>/dev/null; then
  echo "installing python3-pandas and python3-sklearn (apt-get)" >&2
  apt-get install -y -qq python3-pandas python3-sklearn >/dev/null \
    || { apt-get update -qq && apt-get install -y -qq python3-pandas python3-sklearn >/dev/null; }
fi
if [ -n "$JAR" ]; then
  [ -f "$JAR" ] || { echo "no such jar: $JAR" >&2; exit 2; }
  spectrum() { java "${OPTS[@]}" -jar "$JAR" "$@"; }
  how="java ${OPTS[*]} -jar $JAR"
else
  ./spectrum --version >/dev/null # builds the jar and the class-data archive when missing, untimed
  spectrum() { ./spectrum "$@"; }
  how="./spectrum (JAVA_OPTS=${JAVA_OPTS:-})"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s%N; }

echo "file:    $FILE ($(stat -c %s "$FILE") bytes)"
echo "python:  $PY bench/original_method.py FILE   (pandas $("$PY" -c 'import pandas; print(pandas.__version__)'), \
scikit-learn $("$PY" -c 'import sklearn; print(sklearn.__version__)'))"
echo "spectrum: $how train FILE -o DIR ${ARGS[*]} [--model-type cosine]   (SPECTRUM_JAVA=${SPECTRUM_JAVA:-the newest JDK the launcher finds})"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GB, $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"

for i in $(seq "$RUNS"); do
  t0=$(now)
  "$PY" bench/original_method.py "$FILE" > "$work/py-$i.json"
  t1=$(now)
  rm -rf "$work/model"
  spectrum train "$FILE" -o "$work/model" "${ARGS[@]}" > "$work/java-$i.txt" 2>"$work/java-$i.err"
  t2=$(now)
  cp "$work/model/current/metadata.json" "$work/java-$i.json"
  rm -rf "$work/model"
  spectrum train "$FILE" -o "$work/model" "${ARGS[@]}" --model-type cosine > /dev/null 2>"$work/cos-$i.err"
  t3=$(now)
  echo $(( (t1 - t0) / 1000000 )) > "$work/py-$i.wall"
  echo $(( (t2 - t1) / 1000000 )) > "$work/java-$i.wall"
  echo $(( (t3 - t2) / 1000000 )) > "$work/cos-$i.wall"
  printf 'run %d: python %6d ms   spectrum %6d ms   spectrum cosine %6d ms   (load %s)\n' "$i" \
    "$(cat "$work/py-$i.wall")" "$(cat "$work/java-$i.wall")" "$(cat "$work/cos-$i.wall")" \
    "$(cut -d' ' -f1 /proc/loadavg)"
done

"$PY" - "$work" "$RUNS" <<'EOF'
import json, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
med = statistics.median
def wall(side):
    return [int(open(f"{work}/{side}-{i}.wall").read()) for i in range(1, runs + 1)]
py = [json.load(open(f"{work}/py-{i}.json")) for i in range(1, runs + 1)]
jv = [json.load(open(f"{work}/java-{i}.json")) for i in range(1, runs + 1)]
py_wall, jv_wall = med(wall("py")), med(wall("java"))
print(f"\nmedian of {runs} alternating runs (ms)")
print(f"{'stage':<28}{'python':>10}{'spectrum':>10}{'ratio':>8}")
cos_wall = med(wall("cos"))
print(f"{'whole process (wall)':<28}{py_wall:>10.0f}{jv_wall:>10.0f}{py_wall / jv_wall:>7.1f}x")
print(f"{'  the same, cosine train':<28}{py_wall:>10.0f}{cos_wall:>10.0f}{py_wall / cos_wall:>7.1f}x")
print("python stages (perf_counter inside the process):")
for stage in py[0]["stages"]:
    print(f"  {stage:<26}{med(r['stages'][stage] for r in py) * 1000:>10.0f}")
timings = jv[0].get("timingsMillis") or {}
print("spectrum stages (timingsMillis of metadata.json; the JVM start and the rest are in the whole process):"
      if timings else
      "spectrum: train records no per-stage timings in metadata.json")
for stage in timings:
    print(f"  {stage:<26}{'':>10}{med(r['timingsMillis'][stage] for r in jv):>10.0f}")
import re
writes = [re.search(r"write ([\d,]+) ms", open(f"{work}/java-{i}.txt").read()) for i in range(1, runs + 1)]
if all(writes):
    print(f"  {'write (train stdout)':<26}{'':>10}{med(int(m.group(1).replace(',', '')) for m in writes):>10.0f}")
p = py[0]
rows = jv[0].get("rows", {})
print(f"\nwork done: python rows {p['rows']}, clean {p['clean']}, customers {p['customers']}, products {p['products']}; "
      f"spectrum rows {rows.get('raw')}, clean {rows.get('clean')}")
EOF
