#!/usr/bin/env bash
# Side-by-side load test of Orthanc (Debian package) and our service on the seed's files, with
# the same clients (perf/client/*.py for ingest, wrk for reads). Prints a table of both figures
# and their ratio, and writes it to perf/results/<date>.md. See perf/README.md.
set -Eeuo pipefail

PERF_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$PERF_DIR/lib.sh"

SHARED=${DICOM_CLEAN_SHARED:-$REPO_DIR/../shared}
SEED=$(cd "$SHARED/corpus/seed" 2>/dev/null && pwd) || perf_die "no seed folder under $SHARED/corpus (set DICOM_CLEAN_SHARED)"
REPEATS=${REPEATS:-3}                 # fresh servers per ingest mode; medians are reported
PARALLEL=${PARALLEL:-4}               # connections of the parallel ingest
WRK_CONNECTIONS=${WRK_CONNECTIONS:-1} # keep-alive connections of each wrk run
WRK_WARMUP=${WRK_WARMUP:-10}          # seconds, not measured (tiered JIT settles in ~15 s of load on 2 busy cores)
WRK_DURATION=${WRK_DURATION:-12}      # seconds, measured
MR_FILE=${MR_FILE:-test-mri/ST000001/SE000001/IM000001} # a 512x512 MR image of the study
DX_FILE=${DX_FILE:-DX_test_file.dcm}  # 1537x1184 radiograph
RESULTS_DIR=${RESULTS_DIR:-$PERF_DIR/results}
IMPORT_ROOT=$SEED

perf_require_tools
perf_init
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
perf_publish_ours

(cd "$SEED" && find test-mri -type f | sort) >"$TMP_DIR/mr.txt"
echo "$DX_FILE" >"$TMP_DIR/dx.txt"
perf_log "MR study: $(wc -l <"$TMP_DIR/mr.txt") files; $REPEATS repeats; wrk ${WRK_DURATION}s after ${WRK_WARMUP}s warm-up, $WRK_CONNECTIONS connection(s)"

# ingest SERVER URL MODE CONNECTIONS KEY [IDS]: the DX first, untimed, as a warm-up (first-request
# costs such as JIT and EF Core model building belong to start-up, not to the rate), then the study.
ingest() {
  python3 "$CLIENT/ingest.py" --server "$1" --base "$2" --mode "$3" --connections 1 --key warmup \
    --root "$SEED" --files "$TMP_DIR/dx.txt" --out "$TMP_DIR/warmup.jsonl" ${6:+--ids "$6.dx"} >/dev/null
  python3 "$CLIENT/ingest.py" --server "$1" --base "$2" --mode "$3" --connections "$4" --key "$5" \
    --root "$SEED" --files "$TMP_DIR/mr.txt" --out "$RESULTS" ${6:+--ids "$6"}
}

# --- Ingest: every measurement on a freshly started server with empty storage --------------------
# Orthanc and ours alternate so that background load on the machine falls on both alike. The
# single-connection upload comes last in each repeat; its last run stays up for the reads.
for ((rep = 1; rep <= REPEATS; rep++)); do
  perf_log "ingest, repeat $rep/$REPEATS"
  for mode in body:$PARALLEL path:1 path:$PARALLEL body:1; do
    kind=${mode%%:*} conns=${mode##*:}
    key="ingest_${kind}_$([[ $conns == 1 ]] && echo 1 || echo par)"
    keep=no ids_o="" ids_u=""
    if [[ $rep == "$REPEATS" && $mode == body:1 ]]; then
      keep=yes ids_o="$TMP_DIR/orthanc-ids.txt" ids_u="$TMP_DIR/ours-ids.txt"
    fi
    if [[ $kind == body ]]; then
      perf_start_orthanc "orthanc-$rep-$kind-$conns"
      ingest orthanc "$ORTHANC_URL" body "$conns" "$key" "$ids_o"
      if [[ $conns == 1 ]]; then perf_record rss_after_ingest orthanc "$(perf_rss_mb "$ORTHANC_PID")" MB; fi
      [[ $keep == yes ]] || perf_stop "$ORTHANC_PID"
    fi
    perf_start_ours "ours-$rep-$kind-$conns"
    ingest ours "$OURS_URL" "$kind" "$conns" "$key" "$ids_u"
    if [[ $key == ingest_body_1 ]]; then perf_record rss_after_ingest ours "$(perf_rss_mb "$OURS_PID")" MB; fi
    [[ $keep == yes ]] || perf_stop "$OURS_PID"
  done
done

# --- Reads: one MR image and the DX, on the servers kept from the last single-connection ingest ---
id_of() { awk -F'\t' -v p="$2" '$1 == p { print $2 }' "$1"; }
O_MR=$(id_of "$TMP_DIR/orthanc-ids.txt" "$MR_FILE") O_DX=$(id_of "$TMP_DIR/orthanc-ids.txt.dx" "$DX_FILE")
U_MR=$(id_of "$TMP_DIR/ours-ids.txt" "$MR_FILE") U_DX=$(id_of "$TMP_DIR/ours-ids.txt.dx" "$DX_FILE")
[[ -n $O_MR && -n $O_DX && -n $U_MR && -n $U_DX ]] || perf_die "missing instance ids (MR $O_MR/$U_MR, DX $O_DX/$U_DX)"

perf_log "reads: image, tags, file"
for pair in mr:"$O_MR":"$U_MR" dx:"$O_DX":"$U_DX"; do
  IFS=: read -r what o u <<<"$pair"
  perf_wrk "image_$what" orthanc "$ORTHANC_URL/instances/$o/preview"
  perf_wrk "image_$what" ours "$OURS_URL/image?id=$u"
  perf_wrk "image_${what}_resource" ours "$OURS_URL/instances/$u/image"
done
perf_wrk tags_mr orthanc "$ORTHANC_URL/instances/$O_MR/tags?simplify"
perf_wrk tags_mr ours "$OURS_URL/tags?id=$U_MR"
for pair in mr:"$O_MR":"$U_MR" dx:"$O_DX":"$U_DX"; do
  IFS=: read -r what o u <<<"$pair"
  perf_wrk "file_$what" orthanc "$ORTHANC_URL/instances/$o/file"
  perf_wrk "file_$what" ours "$OURS_URL/instances/$u/file"
done
perf_record rss_after_load orthanc "$(perf_rss_mb "$ORTHANC_PID")" MB
perf_record rss_after_load ours "$(perf_rss_mb "$OURS_PID")" MB

# --- Report ------------------------------------------------------------------------------------
mkdir -p "$RESULTS_DIR"
REPORT="$RESULTS_DIR/$(date +%Y-%m-%d-%H%M).md"
python3 "$CLIENT/report.py" --results "$RESULTS" --out "$REPORT" \
  --meta started="$STARTED_AT" load_start="$LOAD_START" load_end="$(cut -d' ' -f1-3 /proc/loadavg)" \
  orthanc="$(/usr/sbin/Orthanc --version 2>/dev/null | head -1)" dotnet="$(dotnet --version)" \
  commit="$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  repeats="$REPEATS" parallel="$PARALLEL" wrk="${WRK_DURATION}s after ${WRK_WARMUP}s warm-up, $WRK_CONNECTIONS connection(s), 1 thread" \
  mr_file="$MR_FILE" dx_file="$DX_FILE" ours_env="${OURS_ENV:-}"
cp "$RESULTS" "${REPORT%.md}.jsonl"
perf_log "written $REPORT (raw measurements in ${REPORT%.md}.jsonl)"
