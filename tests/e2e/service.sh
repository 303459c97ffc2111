# Shared by the e2e scripts: build the Release service and the load client, start and stop the
# service on a data folder. Source it; it defines build_release, start_service, stop_service.
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
api_dll="$repo/src/Dicom.Clean.Api/bin/Release/net10.0/Dicom.Clean.Api.dll"
client_dll="$repo/tools/Dicom.Clean.LoadClient/bin/Release/net10.0/Dicom.Clean.LoadClient.dll"
service_pid=
e2e_key=

build_release() {
  dotnet build -c Release "$repo/src/Dicom.Clean.Api" -v q -nologo >"$1" 2>&1 \
    && dotnet build -c Release "$repo/tools/Dicom.Clean.LoadClient" -v q -nologo >>"$1" 2>&1 \
    || { tail -30 "$1"; return 1; }
}

# start_service <data folder> <port>: the service runs from the data folder (data under ./data)
# with security as deployed (API keys required, blobs encrypted under a key file the first start
# creates in ./data/keys); the first call makes a writer key with the service's own command line
# and exports it as DICOM_CLEAN_API_KEY, which the load client sends. Only the rate limit is off:
# the clients measure throughput. service_pid is the dotnet process itself (exec), so SIGKILL
# hits the service, not a shell.
start_service() {
  if [ -z "$e2e_key" ]; then
    e2e_key=$(cd "$1" && dotnet "$api_dll" keys create --role writer --name e2e 2>>"$1/service.log") \
      || { echo "could not create an API key"; tail -20 "$1/service.log"; return 1; }
    export DICOM_CLEAN_API_KEY=$e2e_key
  fi
  (cd "$1" && exec env Security__RateLimit__Enabled=false \
    dotnet "$api_dll" --urls "http://127.0.0.1:$2" >>"$1/service.log" 2>&1) &
  service_pid=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$2/heartbeat" >/dev/null && return 0
    kill -0 "$service_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "service did not start"; tail -20 "$1/service.log"; return 1
}

stop_service() {
  [ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null && wait "$service_pid" 2>/dev/null
  service_pid=
}
