#!/usr/bin/env bash
# Run by .ci/run: POST /instances as curl sends it. curl adds "Expect: 100-continue" to bodies over
# 1 MiB and waits up to 1 s for the answer; a server that never answers it stalls every upload.
# Checks that the service answers "100 Continue" for an acceptable body, and 413 (a problem
# document) without "100 Continue" for a declared length above the limit, so not a byte is sent;
# then that a giant header is refused and the service is still up.
# Usage: expect-continue.sh <path to Dicom.Clean.Api.dll>
set -uo pipefail
api_dll=$(realpath "$1")
port=18962
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
(cd "$work" && exec dotnet "$api_dll" --urls "$base" >"$work/service.log" 2>&1) &
pid=$!
for _ in $(seq 1 60); do curl -sf "$base/heartbeat" >/dev/null && break; sleep 0.5; done

failures=0
ok() { echo "ok: $*"; }
bad() { echo "FAILED: $*"; failures=$((failures + 1)); }

# 2 MiB that is not DICOM: curl asks to continue, the server says so, then refuses the file (422).
head -c 2097152 /dev/urandom >"$work/noise.bin"
curl -sv -X POST "$base/instances" -H 'Content-Type: application/dicom' -T "$work/noise.bin" -o "$work/noise.json" 2>"$work/noise.trace"
if grep -q '^< HTTP/1.1 100 Continue' "$work/noise.trace" && grep -q '^< HTTP/1.1 422' "$work/noise.trace"; then ok "100 Continue, then 422"
else bad "expected 100 Continue then 422"; grep '^[<>] ' "$work/noise.trace"; fi

# 3 GiB declared (a sparse file, never read): 413 problem at once, no 100 Continue.
truncate -s 3G "$work/huge.bin"
curl -sv -X POST "$base/instances" -H 'Content-Type: application/dicom' -T "$work/huge.bin" -o "$work/huge.json" 2>"$work/huge.trace"
if grep -q '^< HTTP/1.1 413' "$work/huge.trace" && ! grep -q '100 Continue' "$work/huge.trace" \
   && grep -q '"status":413' "$work/huge.json"; then ok "413 problem before the body"
else bad "expected 413 without 100 Continue"; grep '^[<>] ' "$work/huge.trace"; cat "$work/huge.json"; fi
rm -f "$work/huge.bin"

# A 64 KiB header: refused by the server (431), and the service still answers.
big=$(head -c 65536 /dev/zero | tr '\0' 'a')
code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Big: $big" "$base/heartbeat")
if [ "$code" = 431 ] && curl -sf "$base/heartbeat" >/dev/null; then ok "giant header 431, service up"
else bad "giant header answered $code"; fi

if [ "$failures" -eq 0 ]; then echo "3 passed, 0 failed"; else echo "$((3 - failures)) passed, $failures failed"; exit 1; fi
