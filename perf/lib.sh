# Shared functions of run.sh and scale.sh (sourced, not run). Every server started here is
# recorded in SERVER_PIDS and stopped by perf_cleanup, which the EXIT trap runs with the removal
# of the temp folder, on success and on failure alike.

PERF_DIR=${PERF_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}
REPO_DIR=$(dirname "$PERF_DIR")
CLIENT="$PERF_DIR/client"
SERVER_PIDS=()
TMP_DIR=""

perf_log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
perf_die() { perf_log "error: $*"; exit 1; }

# Installs the Debian packages the harness needs when their commands are missing.
perf_require_tools() {
  local missing=()
  [[ -x /usr/sbin/Orthanc ]] || missing+=(orthanc)
  command -v wrk >/dev/null || missing+=(wrk)
  command -v curl >/dev/null || missing+=(curl)
  command -v python3 >/dev/null || missing+=(python3)
  if ((${#missing[@]})); then
    perf_log "installing with apt-get: ${missing[*]}"
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # The package may start a system Orthanc on port 8042; ours runs on its own port and folders.
  fi
  command -v dotnet >/dev/null || perf_die "the .NET 10 SDK is needed (https://dot.net); see perf/README.md"
}

perf_init() {
  TMP_DIR=$(mktemp -d "${TMPDIR:-/tmp}/dicom-clean-perf.XXXXXX")
  trap perf_cleanup EXIT
  trap 'exit 130' INT TERM
  RESULTS="$TMP_DIR/results.jsonl"
  : >"$RESULTS"
}

# perf_cleanup [STATUS]: the exit status to keep (default: the last command's).
perf_cleanup() {
  local status=${1:-$?}
  set +e # clean up as much as possible whatever fails
  local pid
  for pid in "${SERVER_PIDS[@]}"; do
    perf_stop "$pid"
  done
  [[ -n "$TMP_DIR" && -d "$TMP_DIR" ]] && rm -rf "$TMP_DIR"
  exit "$status"
}

# Stops one server we started: TERM, up to 10 s of grace, then KILL.
perf_stop() {
  local pid=$1 i
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  local kept=() p
  for p in "${SERVER_PIDS[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
  SERVER_PIDS=("${kept[@]}")
}

# Appends one measurement: perf_record KEY SERVER VALUE UNIT
perf_record() {
  printf '{"key": "%s", "server": "%s", "value": %s, "unit": "%s"}\n' "$1" "$2" "$3" "$4" >>"$RESULTS"
}

perf_rss_mb() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

# Release build of the service, published once per run into the temp folder (or OURS_PUBLISHED).
perf_publish_ours() {
  if [[ -n "${OURS_PUBLISHED:-}" ]]; then
    OURS_BIN="$OURS_PUBLISHED"
    return
  fi
  OURS_BIN="$TMP_DIR/publish"
  perf_log "publishing src/Dicom.Clean.Api (Release) ..."
  dotnet publish "$REPO_DIR/src/Dicom.Clean.Api" -c Release -o "$OURS_BIN" --nologo -v quiet >"$TMP_DIR/publish.log" 2>&1 \
    || { tail -30 "$TMP_DIR/publish.log" >&2; perf_die "dotnet publish failed"; }
}

# perf_write_synthetic COUNT DIR LIST: COUNT synthetic MR instances (perf/synth, ROWS x COLUMNS)
# written under DIR, their relative paths in LIST.
perf_write_synthetic() {
  perf_log "writing $1 synthetic instances (${ROWS:-64}x${COLUMNS:-64}) with perf/synth ..."
  dotnet publish "$PERF_DIR/synth" -c Release -o "$TMP_DIR/synth-bin" --nologo -v quiet >"$TMP_DIR/synth-build.log" 2>&1 \
    || { tail -30 "$TMP_DIR/synth-build.log" >&2; perf_die "building perf/synth failed"; }
  dotnet "$TMP_DIR/synth-bin/Dicom.Clean.Perf.Synth.dll" --out "$2" --count "$1" --rows "${ROWS:-64}" --columns "${COLUMNS:-64}" >"$3"
  perf_log "written $(wc -l <"$3") files, $(du -sh "$2" | cut -f1)"
}

# Waits for the first 200 on URL; records the time since launch (ns timestamp) under "startup".
perf_wait_ready() {
  local server=$1 url=$2 since=$3 pid=$4 ms
  ms=$(python3 "$CLIENT/probe.py" wait "$url" "$since" 120) || {
    kill -0 "$pid" 2>/dev/null || perf_die "$server exited during start-up (log in $TMP_DIR)"
    perf_die "$server did not answer 200 on $url"
  }
  perf_record startup "$server" "$ms" ms
  perf_log "$server up in $ms ms (pid $pid)"
}

# Starts Orthanc with a configuration written here: fresh storage and index folders, loopback,
# no authentication, DICOM server and plugins off, no storage compression.
# Sets ORTHANC_PID and ORTHANC_URL.
perf_start_orthanc() {
  local name=$1 dir="$TMP_DIR/$1" port
  mkdir -p "$dir/storage" "$dir/index"
  port=$(python3 "$CLIENT/probe.py" port)
  cat >"$dir/orthanc.json" <<EOF
{
  "Name": "dicom-clean-perf",
  "StorageDirectory": "$dir/storage",
  "IndexDirectory": "$dir/index",
  "StorageCompression": false,
  "Plugins": [],
  "HttpServerEnabled": true,
  "HttpPort": $port,
  "RemoteAccessAllowed": false,
  "AuthenticationEnabled": false,
  "HttpCompressionEnabled": false,
  "KeepAlive": true,
  "DicomServerEnabled": false,
  "SaveJobs": false
}
EOF
  local since
  since=$(date +%s%N)
  /usr/sbin/Orthanc "$dir/orthanc.json" >"$dir/orthanc.log" 2>&1 &
  ORTHANC_PID=$!
  SERVER_PIDS+=("$ORTHANC_PID")
  ORTHANC_URL="http://127.0.0.1:$port"
  perf_wait_ready orthanc "$ORTHANC_URL/system" "$since" "$ORTHANC_PID"
}

# Starts our service from the published Release build with a fresh database and blob root, and
# IMPORT_ROOT as its import root, plus the settings in OURS_ENV. Sets OURS_PID and OURS_URL.
perf_start_ours() {
  local name=$1 dir="$TMP_DIR/$1" port since
  mkdir -p "$dir"
  port=$(python3 "$CLIENT/probe.py" port)
  OURS_URL="http://127.0.0.1:$port"
  since=$(date +%s%N)
  (
    cd "$OURS_BIN"
    export Urls="$OURS_URL" ConnectionStrings__Dicom="Data Source=$dir/dicom.db" \
      Storage__Root="$dir/blobs" Dicom__ImportRoots__0="$IMPORT_ROOT" \
      Security__AllowAnonymous=true Security__RateLimit__Enabled=false  # the harness sends no key and measures throughput
    # OURS_ENV: extra VAR=value pairs to try runtime settings (e.g. "DOTNET_gcServer=0").
    # shellcheck disable=SC2086
    exec env ${OURS_ENV:-} dotnet Dicom.Clean.Api.dll >"$dir/ours.log" 2>&1
  ) &
  OURS_PID=$!
  SERVER_PIDS+=("$OURS_PID")
  perf_wait_ready ours "$OURS_URL/health" "$since" "$OURS_PID"
}

# perf_wrk KEY SERVER URL: one request to check the answer, a warm-up, then the measured run.
# A route that does not answer 200 is recorded with its status and reason instead of a figure.
perf_wrk() {
  local key=$1 server=$2 url=$3 check status
  check=$(python3 "$CLIENT/probe.py" check "$url")
  status=${check%%$'\t'*}
  if [[ $status != 200 ]]; then
    local detail=${check##*$'\t'}
    perf_log "$server $key: HTTP $status ($detail), not measured"
    python3 -c 'import json,sys; print(json.dumps({"key": sys.argv[1], "server": sys.argv[2], "unit": "req/s", "route": sys.argv[3], "error": sys.argv[4]}))' \
      "$key" "$server" "/${url#http://*/}" "HTTP $status: $detail" >>"$RESULTS"
    return
  fi
  wrk -t1 -c"$WRK_CONNECTIONS" -d"${WRK_WARMUP}s" "$url" >/dev/null
  wrk -t1 -c"$WRK_CONNECTIONS" -d"${WRK_DURATION}s" --latency --timeout 30s "$url" \
    | python3 "$CLIENT/wrkparse.py" "$RESULTS" "$key" "$server" "/${url#http://*/}"
}
