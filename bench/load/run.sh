#!/usr/bin/env bash
# HTTP load test (part of `make bench`): wrk against `entente serve` on
# 127.0.0.1 only, 32 connections, a bounded duration per endpoint, over a
# synthetic store of >= 1M events. Prints requests/s and p50/p99 latency for
# /api/dyad and /api/events and compares them with the targets
# (>= 5,000 requests/s, p99 < 50 ms).
#
# Environment: BUILD (default build), EVENTS (default 1000000), DURATION
# (seconds per endpoint, default 10), CONNECTIONS (default 32), THREADS
# (wrk threads, default 2), STORE (reuse this store file instead).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
EVENTS=${EVENTS:-1000000}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
entente=$BUILD/entente

command -v wrk >/dev/null || { echo "load: wrk missing (scripts/setup installs it); skipped"; exit 0; }
[ -x "$entente" ] || { echo "load: $entente missing: build first" >&2; exit 2; }

# The store: the examples coded once, their events copied at shifted dates
# (1950..2025) up to EVENTS by `entente bench-store`; reused on later runs.
store=${STORE:-$BUILD/bench/load-${EVENTS}.db}
if [ ! -s "$store" ]; then
  mkdir -p "$(dirname "$store")"
  examples=(examples/)
  [ -f ../shared/examples/examples.jsonl ] && examples+=(../shared/examples/examples.jsonl)
  if ! "$entente" bench-store --db "$store" --events "$EVENTS" "${examples[@]}"; then
    echo "load: coding the examples failed; using the built-in sample corpus as templates"
    rm -f "$store" "$store"-wal "$store"-shm
    "$entente" bench-store --db "$store" --events "$EVENTS"
  fi
fi

log=$(mktemp)
"$entente" serve --db "$store" --host 127.0.0.1 --port 0 --threads $((CONNECTIONS + 16)) >"$log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -f "$log"' EXIT
port=""
for _ in $(seq 100); do
  port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "load: the server did not start:" >&2; cat "$log" >&2; exit 2; }
base="http://127.0.0.1:$port"
echo "load: $(curl -s "$base/healthz")"

# "name path" pairs; every path is answered 200 (checked first).
endpoints=(
  "dyad /api/dyad?a=CHN&b=VNM&by=year"
  "events /api/events?dyad=CHN,VNM&limit=100"
  "events-filtered /api/events?actor=VNM&from=1979&to=1989-12&limit=100"
)
printf '%-16s %10s %10s %10s %10s  %s\n' endpoint "req/s" "p50 ms" "p99 ms" "errors" verdict
for entry in "${endpoints[@]}"; do
  name=${entry%% *}
  path=${entry#* }
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  [ "$status" = 200 ] || { echo "load: $path answered $status" >&2; exit 1; }
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency "$base$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  # wrk prints latencies as 1.23ms / 456.00us / 1.20s; convert to ms.
  to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  errors=$(awk '/Non-2xx|Socket errors/ {sub(/^ +/, ""); printf "%s; ", $0}' <<<"$out")
  verdict=$(awk -v r="$rps" -v p="$p99" 'BEGIN { print (r >= 5000 && p < 50) ? "meets target" : "below target (>= 5000 req/s, p99 < 50 ms)" }')
  printf '%-16s %10s %10s %10s %10s  %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}" "$verdict"
done
echo "load: server peak RSS $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' /proc/$server/status)"
echo "load: $CONNECTIONS connections, ${DURATION}s per endpoint, wrk -t$THREADS, store $store ($(nproc) cores, shared)"
