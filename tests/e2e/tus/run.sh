#!/usr/bin/env bash
# Run by .ci/run: installs the pinned tus-js-client (npm ci, from package-lock.json) and runs the
# resumable-upload check against the built service. Usage: run.sh <path to Dicom.Clean.Api.dll>
set -euo pipefail
dll=$(realpath "$1")
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
node resume-after-restart.mjs "$dll"
