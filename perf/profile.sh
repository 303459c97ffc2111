#!/usr/bin/env bash
# CPU profile of our service under one load, with Linux perf and the runtime's perf map (so JIT'd
# methods have names): where an ingest or a read route spends its time. Prints the top shared
# objects (runtime, JIT, SQLite, kernel, managed code) and the top symbols.
#   perf/profile.sh ingest|ingest-warm|tags|image|file
# ingest: the seed study on a fresh process (JIT included); ingest-warm: synthetic uploads after
# WARM_FILES (600) of them, so the steady state; read routes: DURATION (10) seconds of wrk.
set -Eeuo pipefail

PERF_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$PERF_DIR/lib.sh"

WHAT=${1:-}
[[ $WHAT =~ ^(ingest|ingest-warm|tags|image|file)$ ]] || perf_die "usage: perf/profile.sh ingest|ingest-warm|tags|image|file"
SHARED=${DICOM_CLEAN_SHARED:-$REPO_DIR/../shared}
SEED=$(cd "$SHARED/corpus/seed" 2>/dev/null && pwd) || perf_die "no seed folder under $SHARED/corpus"
DURATION=${DURATION:-10}
WARM_FILES=${WARM_FILES:-600}
MR_FILE=${MR_FILE:-test-mri/ST000001/SE000001/IM000001}
IMPORT_ROOT=$SEED WRK_CONNECTIONS=1 WRK_WARMUP=3

perf_require_tools
if ! command -v perf >/dev/null; then
  perf_log "installing linux-perf with apt-get"
  $([[ $(id -u) -eq 0 ]] || echo sudo) apt-get install -y -qq linux-perf >/dev/null
fi
perf_init
perf_publish_ours
(cd "$SEED" && find test-mri -type f | sort) >"$TMP_DIR/mr.txt"
echo DX_test_file.dcm >"$TMP_DIR/dx.txt"
if [[ $WHAT == ingest-warm ]]; then
  perf_write_synthetic $((WARM_FILES + 400)) "$TMP_DIR/synth" "$TMP_DIR/synth.txt"
  head -n "$WARM_FILES" "$TMP_DIR/synth.txt" >"$TMP_DIR/warm.txt"
  tail -n 400 "$TMP_DIR/synth.txt" >"$TMP_DIR/measured.txt"
fi

# The runtime writes /tmp/perf-<pid>.map for perf; W^X off so JIT'd code maps to those names.
export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
perf_start_ours profile
unset DOTNET_PerfMapEnabled DOTNET_EnableWriteXorExecute
MAPS="/tmp/perf-$OURS_PID.map /tmp/perfinfo-$OURS_PID.map"
trap 'status=$?; rm -f $MAPS; perf_cleanup "$status"' EXIT

# ingest KEY LIST [ROOT]
ingest() {
  python3 "$CLIENT/ingest.py" --server ours --base "$OURS_URL" --connections 1 --key "$1" \
    --root "${3:-$SEED}" --files "$TMP_DIR/$2" --out "$RESULTS" --ids "$TMP_DIR/$2.ids"
}
record() { perf record -F 499 -g -p "$OURS_PID" -o "$TMP_DIR/perf.data" >/dev/null 2>&1 & PERF_PID=$!; sleep 1; }

ingest warmup dx.txt
if [[ $WHAT == ingest ]]; then
  record
  ingest ingest mr.txt
elif [[ $WHAT == ingest-warm ]]; then
  ingest warm warm.txt "$TMP_DIR/synth"
  record
  ingest ingest measured.txt "$TMP_DIR/synth"
else
  ingest setup mr.txt >/dev/null
  id=$(awk -F'\t' -v p="$MR_FILE" '$1 == p { print $2 }' "$TMP_DIR/mr.txt.ids")
  case $WHAT in
    tags) url="$OURS_URL/tags?id=$id" ;;
    image) url="$OURS_URL/image?id=$id" ;;
    file) url="$OURS_URL/instances/$id/file" ;;
  esac
  wrk -t1 -c1 -d"${WRK_WARMUP}s" "$url" >/dev/null
  record
  wrk -t1 -c1 -d"${DURATION}s" --latency "$url" | grep -E "Requests/sec|50%|99%|Non-2xx" || true
fi
kill -INT "$PERF_PID"
wait "$PERF_PID" || true

report() { perf report -i "$TMP_DIR/perf.data" --no-children -g none --sort "$1" 2>/dev/null | grep -v '^#' | grep -v '^$'; }
echo "== $WHAT: CPU samples by shared object ([JIT] = managed code, libclrjit = the JIT compiling)"
report dso | awk 'NR <= 12'
echo "== top symbols"
report sym | grep -v '\] 0x0000' | awk 'NR <= 30' | cut -c1-200
