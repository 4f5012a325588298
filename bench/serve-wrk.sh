#!/usr/bin/env bash
# Serving benchmark of issue 5 (extended by issue 13): wrk against `spectrum serve` on loopback, the server on
# the same machine.
#
#   bench/serve-wrk.sh [DATA] [DURATION]       (defaults: ../shared/data/online_retail.csv.gz, 20s)
#
# Trains a model on DATA once (kept in $MODEL, default /tmp/spectrum-serve-model, reused when present and
# newer than the jar), starts `./spectrum serve --model DIR --port P`, waits until /api/health answers, then
# runs `wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency` against
#   similar  GET  /api/products/$CODE/similar   (CODE defaults to 85123A, a best seller in Online Retail)
#   predict  POST /api/segments/predict         {"recency": 10, "frequency": 12, "monetary": 5000} (wrk-predict.lua)
#   mixed    the API calls and the page of bench/wrk-mixed.lua in turn, half of them predictions
# and prints requests/s, the p99 latency and the server's CPU time per request (user + system, from
# /proc/PID/stat: steadier than requests/s when other processes share the cores), with `uptime` before each run. wrk and the server share
# the machine's cores: on 2 cores the figures measure both together, not the server alone.
# Each line also gives the requests, wrk's non-2xx count and socket errors, and the server's resident memory
# (VmRSS of /proc/PID/status) before and after the run.
# Environment: PORT (default 7077), MODEL, CODE, JAVA_OPTS (passed to the server), ROUNDS (default 1: wrk
# runs per endpoint, alternating), WARMUP (default 15s of wrk per endpoint before measuring: less left the
# JIT of the servlet stack unfinished under load and made the first round 3× slower), CONNECTIONS (default
# 64), THREADS (default 2), ENDPOINTS (default "similar predict"; "similar predict mixed" for all three).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$root/../shared/data/online_retail.csv.gz}"
duration="${2:-20s}"
port="${PORT:-7077}"
model="${MODEL:-/tmp/spectrum-serve-model}"
code="${CODE:-85123A}"
rounds="${ROUNDS:-1}"
warmup="${WARMUP:-15s}"
connections="${CONNECTIONS:-64}"
threads="${THREADS:-2}"
endpoints="${ENDPOINTS:-similar predict}"
bench="$root/bench"
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null; then
  echo "serve-wrk: installing wrk (apt-get install -y wrk)..." >&2
  apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

# Let the launcher build the jar (and its class-data archive) before anything is timed.
"$root/spectrum" --version >/dev/null
jar="$root/spectrum-cli/target/spectrum.jar"
if [ ! -f "$model/metadata.json" ] || [ "$jar" -nt "$model/metadata.json" ]; then
  echo "serve-wrk: training a model on $data into $model..." >&2
  "$root/spectrum" train "$data" -o "$model" >/dev/null
fi

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" && wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$root/spectrum" serve --model "$model" --port "$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do
  if curl -sf "$base/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
  sleep 0.2
done
curl -sf "$base/api/health" >/dev/null || { echo "serve-wrk: server not ready" >&2; cat "$work/server.log" >&2; exit 1; }

# Both endpoints must answer 200 with the real contract before they are measured.
curl -sf "$base/api/products/$code/similar" >"$work/similar.json"
curl -sf -X POST -H 'Content-Type: application/json' \
  -d '{"recency": 10, "frequency": 12, "monetary": 5000}' "$base/api/segments/predict" >"$work/predict.json"
echo "similar: $(head -c 160 "$work/similar.json")..."
echo "predict: $(head -c 160 "$work/predict.json")..."
case " $endpoints " in *" mixed "*)
  for path in $(sed -n 's/^ *"\(\/[^"]*\)",$/\1/p' "$bench/wrk-mixed.lua"); do
    curl -sf -o /dev/null "$base$path" || { echo "serve-wrk: mixed: $path does not answer 200" >&2; exit 1; }
  done ;;
esac

similar() { wrk -t"$threads" -c"$connections" -d"$1" --latency "$base/api/products/$code/similar"; }
predict() { wrk -t"$threads" -c"$connections" -d"$1" --latency -s "$bench/wrk-predict.lua" "$base/api/segments/predict"; }
mixed() { wrk -t"$threads" -c"$connections" -d"$1" --latency -s "$bench/wrk-mixed.lua" "$base"; }
rss() { awk '/^VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$server/status"; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; } # the server's user + system CPU, in clock ticks

report() { # name, wrk output file, server CPU ticks used during the run, RSS before the run
  local rps p99 requests non2xx errors us
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$2")
  p99=$(awk '$1 == "99%" {print $2}' "$2")
  requests=$(awk '/requests in/ {print $1}' "$2")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$2")
  errors=$(awk -F': ' '/Socket errors/ {print $2}' "$2")
  us=$(awk -v t="$3" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.0f", t * 1e6 / hz / n}')
  printf '%-8s %12s req/s   p99 %8s   server CPU %4s us/request   %s requests, non-2xx %s, socket errors: %s, RSS %s -> %s\n' \
    "$1" "$rps" "$p99" "$us" "$requests" "${non2xx:-0}" "${errors:-none}" "$4" "$(rss)"
}

echo "# server RSS after start: $(rss); wrk -t$threads -c$connections; $(java -version 2>&1 | head -1)"
for name in $endpoints; do "$name" "$warmup" >/dev/null; done
for r in $(seq 1 "$rounds"); do
  for name in $endpoints; do
    echo "# round $r, $name, $(date -u +%FT%TZ), $(uptime | sed 's/.*load/load/')"
    before=$(cpu_ticks)
    rss_before=$(rss)
    "$name" "$duration" >"$work/$name.txt"
    report "$name" "$work/$name.txt" $(($(cpu_ticks) - before)) "$rss_before"
    if [ -n "${VERBOSE:-}" ]; then cat "$work/$name.txt"; fi
  done
done
