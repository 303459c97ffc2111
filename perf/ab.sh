#!/usr/bin/env bash
# Quick A/B of our service alone (no Orthanc): for each published folder given, in turn and
# ROUNDS times, a fresh server ingests the DX (warm-up) then the seed MR study over one
# connection, then wrk reads the MR's tags and image on one connection. One line per server:
# start-up ms, ingest files/s, CPU ms per stored file, tags and image req/s, RSS. For comparing
# two builds or runtime settings quickly; perf/run.sh is the reference measurement.
#   perf/ab.sh /path/to/publishA /path/to/publishB     (OURS_ENV applies to both)
# Publish a build with: dotnet publish src/Dicom.Clean.Api -c Release -o /path/to/publishA
set -Eeuo pipefail

PERF_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$PERF_DIR/lib.sh"

(($# > 0)) || perf_die "usage: perf/ab.sh PUBLISHED_DIR [PUBLISHED_DIR...]"
SHARED=${DICOM_CLEAN_SHARED:-$REPO_DIR/../shared}
SEED=$(cd "$SHARED/corpus/seed" 2>/dev/null && pwd) || perf_die "no seed folder under $SHARED/corpus"
ROUNDS=${ROUNDS:-2}
WRK_SECONDS=${WRK_SECONDS:-10}
IMPORT_ROOT=$SEED

perf_require_tools
perf_init
trap 'perf_cleanup' EXIT
(cd "$SEED" && find test-mri -type f | sort) >"$TMP_DIR/mr.txt"
echo DX_test_file.dcm >"$TMP_DIR/dx.txt"

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
wrk_rate() { wrk -t1 -c1 -d"$2"s "$1" | awk '/Requests\/sec/ { print $2 }'; }

for round in $(seq "$ROUNDS"); do
  for published in "$@"; do
    OURS_BIN=$(cd "$published" && pwd)
    name="ab-$round-$(basename "$published")"
    perf_start_ours "$name"
    python3 "$CLIENT/ingest.py" --server ours --base "$OURS_URL" --connections 1 --key warmup \
      --root "$SEED" --files "$TMP_DIR/dx.txt" --out "$TMP_DIR/$name.jsonl" >/dev/null
    before=$(cpu_ticks "$OURS_PID")
    python3 "$CLIENT/ingest.py" --server ours --base "$OURS_URL" --connections 1 --key ingest \
      --root "$SEED" --files "$TMP_DIR/mr.txt" --out "$TMP_DIR/$name.jsonl" --ids "$TMP_DIR/$name.ids" >/dev/null
    after=$(cpu_ticks "$OURS_PID")
    stored=$(python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])][-1]; print(r["statuses"].get("201", 0), round(r["value"], 1))' "$TMP_DIR/$name.jsonl")
    id=$(head -1 "$TMP_DIR/$name.ids" | cut -f2)
    wrk_rate "$OURS_URL/tags?id=$id" 5 >/dev/null
    tags=$(wrk_rate "$OURS_URL/tags?id=$id" "$WRK_SECONDS")
    wrk_rate "$OURS_URL/image?id=$id" 3 >/dev/null
    image=$(wrk_rate "$OURS_URL/image?id=$id" "$WRK_SECONDS")
    startup=$(python3 -c 'import json,sys; print([json.loads(l) for l in open(sys.argv[1]) if "startup" in l][-1]["value"])' "$RESULTS")
    read -r count rate <<<"$stored"
    printf '%s  start %s ms  ingest %s files/s  cpu %s ms/file  tags %s req/s  image %s req/s  rss %s MB\n' \
      "$published" "$startup" "$rate" "$(python3 -c "print(round(($after - $before) * 1000 / $(getconf CLK_TCK) / max($count, 1), 2))")" \
      "$tags" "$image" "$(perf_rss_mb "$OURS_PID")"
    perf_stop "$OURS_PID"
  done
done
