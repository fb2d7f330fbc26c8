#!/usr/bin/env bash
# Load test of GET /api/search on loopback: builds the server in Release, indexes the corpus (and optionally the first
# N articles of an NDJSON dump) into a temporary data directory, starts the server with the rate limiter off, and
# drives it with wrk (Debian package `wrk`) over search-mix.lua. It stops the server and removes the data when done.
#
#   bench/load/run-search-load.sh [--dump FILE.jsonl.gz --limit N] [--duration 30s] [--connections 32] [--threads 2]
set -euo pipefail
cd "$(dirname "$0")/../.."

dump="" limit=10000 duration=30s connections=32 threads=2 port=5099
while [ $# -gt 0 ]; do
  case "$1" in
    --dump) dump=$2; shift 2 ;;
    --limit) limit=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

for project in src/SearchApi src/Cli; do dotnet build -c Release -v q "$project" >/dev/null; done
data=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

if [ -n "$dump" ]; then
  echo "indexing the first $limit articles of $dump"
  (if [[ "$dump" == *.gz ]]; then zcat "$dump"; else cat "$dump"; fi) | head -n "$limit" |
    dotnet src/Cli/bin/Release/net10.0/chibo.dll ingest --data "$data" - | tail -n 3
fi

Chibo__DataDirectory="$data" Chibo__CorpusDirectory=corpus Chibo__RateLimit__ReadsPerMinute=0 \
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet src/SearchApi/bin/Release/net10.0/ChiBo.SearchApi.dll --urls "http://127.0.0.1:$port" >"$data/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/api/health"; echo

# Warm-up (JIT, caches), then the measured run.
wrk -t "$threads" -c "$connections" -d 10s -s bench/load/search-mix.lua "http://127.0.0.1:$port" >/dev/null
wrk -t "$threads" -c "$connections" -d "$duration" --latency -s bench/load/search-mix.lua "http://127.0.0.1:$port"
