#!/usr/bin/env bash
# Scaling: ingest cost per file and tags/image latency at growing numbers of stored instances
# (issue 7, part 3). Synthetic MR instances are written by perf/synth (the toolkit's builder and
# writer), uploaded with POST /instances, and at each size a probe of PROBE more files is timed
# over one connection, then /tags and /image are measured with wrk. See perf/README.md.
set -Eeuo pipefail

PERF_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$PERF_DIR/lib.sh"

SIZES=${SIZES:-"1000 10000"}          # stored instances at which to measure (e.g. "1000 10000 100000")
PROBE=${PROBE:-200}                   # files timed over 1 connection to reach each size
FILL_CONNECTIONS=${FILL_CONNECTIONS:-4}
SERVERS=${SERVERS:-ours}              # "ours orthanc" to measure Orthanc the same way
WRK_CONNECTIONS=${WRK_CONNECTIONS:-1}
WRK_WARMUP=${WRK_WARMUP:-5}
WRK_DURATION=${WRK_DURATION:-10}
ROWS=${ROWS:-64} COLUMNS=${COLUMNS:-64}
RESULTS_DIR=${RESULTS_DIR:-$PERF_DIR/results}

read -r -a SIZE_LIST <<<"$(tr ' ' '\n' <<<"$SIZES" | sort -n | tr '\n' ' ')"
MAX=${SIZE_LIST[-1]}
((SIZE_LIST[0] > PROBE)) || perf_die "every size must exceed PROBE ($PROBE)"

perf_require_tools
perf_init
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
perf_publish_ours

IMPORT_ROOT="$TMP_DIR/synth"
perf_write_synthetic "$MAX" "$IMPORT_ROOT" "$TMP_DIR/all.txt"

# upload SERVER URL FROM TO CONNECTIONS KEY [IDS]: files FROM+1..TO of the list (1-based, inclusive)
upload() {
  sed -n "$(($3 + 1)),$4p" "$TMP_DIR/all.txt" >"$TMP_DIR/slice.txt"
  python3 "$CLIENT/ingest.py" --server "$1" --base "$2" --mode body --connections "$5" --key "$6" \
    --root "$IMPORT_ROOT" --files "$TMP_DIR/slice.txt" --out "$RESULTS" ${7:+--ids "$7"}
}

for server in $SERVERS; do
  if [[ $server == orthanc ]]; then
    perf_start_orthanc "scale-orthanc"; url=$ORTHANC_URL pid=$ORTHANC_PID
  else
    perf_start_ours "scale-ours"; url=$OURS_URL pid=$OURS_PID
  fi
  stored=0
  for size in "${SIZE_LIST[@]}"; do
    perf_log "$server: filling to $((size - PROBE)), then timing $PROBE files to reach $size"
    upload "$server" "$url" "$stored" "$((size - PROBE))" "$FILL_CONNECTIONS" "fill_$size"
    upload "$server" "$url" "$((size - PROBE))" "$size" 1 "scale_ingest_$size" "$TMP_DIR/probe-ids.txt"
    stored=$size
    id=$(awk -F'\t' -v n=$((PROBE / 2)) 'NR == n { print $2 }' "$TMP_DIR/probe-ids.txt")
    if [[ $server == orthanc ]]; then
      perf_wrk "scale_tags_$size" orthanc "$url/instances/$id/tags?simplify"
      perf_wrk "scale_image_$size" orthanc "$url/instances/$id/preview"
    else
      perf_wrk "scale_tags_$size" ours "$url/tags?id=$id"
      perf_wrk "scale_image_$size" ours "$url/image?id=$id"
    fi
    perf_record "scale_rss_$size" "$server" "$(perf_rss_mb "$pid")" MB
    perf_record "scale_disk_$size" "$server" "$(du -sm "$TMP_DIR/scale-$server" | cut -f1)" MB
  done
  perf_stop "$pid"
done

mkdir -p "$RESULTS_DIR"
REPORT="$RESULTS_DIR/scale-$(date +%Y-%m-%d-%H%M).md"
python3 "$CLIENT/scale_report.py" --results "$RESULTS" --out "$REPORT" --sizes "${SIZE_LIST[@]}" \
  --meta started="$STARTED_AT" load_start="$LOAD_START" load_end="$(cut -d' ' -f1-3 /proc/loadavg)" \
  commit="$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)" probe="$PROBE" \
  ours_env="${OURS_ENV:-}" image="${ROWS}x${COLUMNS} 16-bit MR" wrk="${WRK_DURATION}s after ${WRK_WARMUP}s warm-up, $WRK_CONNECTIONS connection(s)"
cp "$RESULTS" "${REPORT%.md}.jsonl"
perf_log "written $REPORT (raw measurements in ${REPORT%.md}.jsonl)"
