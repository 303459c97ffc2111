#!/usr/bin/env bash
# End to end, as a user would: start the built service with the seed corpus as an import root,
# POST /dicom every seed file, read /tags and /image of each, restart, and read them again.
# Usage: seed-import.sh <Api.dll> <shared folder> [port]. Exits non-zero on the first failure.
set -euo pipefail
dll=$(realpath "$1"); shared=$(realpath "$2"); port=${3:-18902}
seed="$shared/corpus/seed"
work=$(mktemp -d)
pid=
stop() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; pid=; }
trap 'stop; rm -rf "$work"' EXIT

start() {
  (cd "$work" && exec env Dicom__ImportRoots__0="$seed" dotnet "$dll" --urls "http://127.0.0.1:$port" >>"$work/service.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/heartbeat" >/dev/null && return 0; sleep 0.5; done
  echo "service did not start"; tail -20 "$work/service.log"; return 1
}

read_back() { # id -> checks /tags and /image; prints the image status
  local id=$1 tags image
  tags=$(curl -s -o "$work/tags.json" -w '%{http_code}' "http://127.0.0.1:$port/tags?id=$id")
  [ "$tags" = 200 ] && grep -q "\"uuid\":\"$id\"" "$work/tags.json" || { echo "GET /tags?id=$id answered $tags" >&2; return 1; }
  image=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "http://127.0.0.1:$port/image?id=$id")
  case "$image" in
    "200 image/png") echo 200 ;;
    *) echo "GET /image?id=$id answered $image" >&2; return 1 ;;
  esac
}

start
ids=(); images=(); conflicts=0
while IFS= read -r file; do
  rel=${file#"$seed"/}
  answer=$(curl -s -w ' %{http_code}' -X POST -H 'Content-Type: application/json' -d "{\"path\":\"$rel\"}" "http://127.0.0.1:$port/dicom")
  code=${answer##* }; body=${answer% *}
  case "$code" in
    201) id=$(printf '%s' "$body" | sed -n 's/^{"id":"\([^"]*\)"}$/\1/p') ;;
    # The seed holds series headers that reuse an image's SOP Instance UID with other bytes.
    409) id=$(printf '%s' "$body" | sed -n 's/.*"existingId":"\([^"]*\)".*/\1/p'); conflicts=$((conflicts + 1)) ;;
    *) echo "POST /dicom $rel answered $code: $body"; exit 1 ;;
  esac
  [ ${#id} = 22 ] || { echo "POST /dicom $rel answered $body"; exit 1; }
  ids+=("$id")
  images+=("$(read_back "$id")")
done < <(find "$seed" -type f | sort)

stop; start
for id in "${ids[@]}"; do read_back "$id" >/dev/null; done
again=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -d '{"path":"DX_test_file.dcm"}' "http://127.0.0.1:$port/dicom")
[ "$again" = 200 ] || { echo "re-import after restart answered $again"; exit 1; }

png=${#images[@]}
echo "${#ids[@]} seed files: $(( ${#ids[@]} - conflicts )) stored (201), $conflicts answered 409 naming the stored id; tags read before and after a restart; every /image a PNG ($png)"
