#!/usr/bin/env bash
# Ingest under load: 8 clients post fresh copies of the seed MR study (new SOP Instance UIDs)
# to the Release service for N seconds, each waiting for its answer; then every acknowledged
# instance is read back and hashed. Fails on any 5xx, connection error or lost instance.
# Usage: load-test.sh <shared> [seconds=60] [port]. Prints the machine and one result line.
set -euo pipefail
shared=$(realpath "$1"); seconds=${2:-60}; port=${3:-18904}
source "$(dirname "$0")/service.sh"
work=$(mktemp -d)
trap 'stop_service; rm -rf "$work"' EXIT

build_release "$work/build.log"
start_service "$work" "$port"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$client_dll" load --server "http://127.0.0.1:$port" --source "$shared/corpus/seed/test-mri" --clients 8 --duration "$seconds"
