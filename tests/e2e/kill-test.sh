#!/usr/bin/env bash
# Crash test: 8 clients post 1,000 fresh copies of the seed MR study (new SOP Instance UIDs) to
# the Release service; half-way the service is killed with SIGKILL and started again on the same
# data; clients resend what the kill cut off. Then every instance acknowledged with 2xx must be
# readable with the SHA-256 of the bytes posted, and no blob without a row nor row without its
# blob may exist, and every blob must be encrypted. The service runs as deployed (API keys, blob
# encryption; see service.sh). Prints "acknowledged n, lost 0, orphans 0". Usage: kill-test.sh <shared> [port]
set -euo pipefail
shared=$(realpath "$1"); port=${2:-18903}; count=${KILL_TEST_COUNT:-1000}; clients=8
source "$(dirname "$0")/service.sh"
work=$(mktemp -d); client_pid=
trap 'stop_service; [ -n "$client_pid" ] && kill "$client_pid" 2>/dev/null; rm -rf "$work"' EXIT

build_release "$work/build.log"
start_service "$work" "$port"
: >"$work/acks.txt"
dotnet "$client_dll" post --server "http://127.0.0.1:$port" --source "$shared/corpus/seed/test-mri" \
  --count "$count" --clients "$clients" --acks "$work/acks.txt" >"$work/client.log" 2>&1 &
client_pid=$!

# Kill once half the files are acknowledged: requests are then in every stage of ingest.
while [ "$(wc -l <"$work/acks.txt" 2>/dev/null || echo 0)" -lt $((count / 2)) ]; do
  kill -0 "$client_pid" 2>/dev/null || { echo "client ended before the kill"; cat "$work/client.log"; exit 1; }
  sleep 0.1
done
kill -KILL "$service_pid"; wait "$service_pid" 2>/dev/null || true; service_pid=
before=$(wc -l <"$work/acks.txt")
echo "SIGKILL after $before acknowledgements"

start_service "$work" "$port"
wait "$client_pid" || { cat "$work/client.log"; client_pid=; exit 1; }
client_pid=
cat "$work/client.log"
# What the restart's sweep found (from its start-up log line).
sweep=$(grep -o '"SweptTemporaryFiles":[0-9]*,"SweptOrphanBlobs":[0-9]*' "$work/service.log" | tail -1 || true)
echo "start-up sweep after the kill: ${sweep:-not logged}"

result=$(dotnet "$client_dll" verify --server "http://127.0.0.1:$port" --acks "$work/acks.txt" --blob-root "$work/data/blobs") \
  || { echo "$result"; exit 1; }
# Security stays on through the crash: every blob on disk is an encrypted container (DCEB header).
blobs=$(find "$work/data/blobs/originals" "$work/data/blobs/rendered" -type f | wc -l)
plain=$(find "$work/data/blobs/originals" "$work/data/blobs/rendered" -type f \
  -exec sh -c 'for f; do [ "$(head -c4 "$f")" = DCEB ] || echo "$f"; done' _ {} + | wc -l)
[ "$plain" -eq 0 ] || { echo "$plain of $blobs blobs are not encrypted"; exit 1; }
echo "$blobs blobs, all encrypted at rest"
echo "$result ($before acknowledged before the kill)"
