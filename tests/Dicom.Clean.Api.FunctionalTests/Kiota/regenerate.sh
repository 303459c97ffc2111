#!/usr/bin/env bash
# Regenerates the committed OpenAPI document (docs/openapi/v1.json) from the running service, and
# the Kiota client (Generated/) from that document. Run from anywhere; needs only the SDK.
#   bash tests/Dicom.Clean.Api.FunctionalTests/Kiota/regenerate.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$repo"
port=${PORT:-18801}
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

dotnet tool restore >/dev/null
dotnet build src/Dicom.Clean.Api -c Release -v quiet -nologo >/dev/null
# Run from a temp folder so the document is made without touching any real data.
(cd "$data" && exec env Security__AllowAnonymous=true ConnectionStrings__Dicom="Data Source=$data/dicom.db" Storage__Root="$data/blobs" \
  Dicom__ImportRoots__0="$data/import" Serilog__MinimumLevel__Default=Warning \
  dotnet "$repo/src/Dicom.Clean.Api/bin/Release/net10.0/Dicom.Clean.Api.dll" --urls "http://127.0.0.1:$port") &
pid=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/heartbeat" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/openapi/v1.json" | python3 -m json.tool --indent 2 > docs/openapi/v1.json

KIOTA_OFFLINE_ENABLED=true dotnet kiota generate --language CSharp --openapi docs/openapi/v1.json \
  --output tests/Dicom.Clean.Api.FunctionalTests/Kiota/Generated \
  --class-name DicomCleanClient --namespace-name Dicom.Clean.Api.FunctionalTests.Kiota.Generated \
  --exclude-backward-compatible --clean-output --log-level Warning
rm -f tests/Dicom.Clean.Api.FunctionalTests/Kiota/Generated/kiota-lock.json
echo "docs/openapi/v1.json and Kiota/Generated/ regenerated"
