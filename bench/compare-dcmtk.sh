#!/usr/bin/env bash
# Times DCMTK's dcmdump (parse and print) and dcm2json (parse and DICOM JSON, pixel data inline) as whole
# processes on the files the toolkit benchmarks use (Toolkit/BenchmarkCorpus.cs), for the side-by-side
# table in docs/benchmarks.md. Needs hyperfine and dcmtk (Debian: apt-get install hyperfine dcmtk).
#
#   bench/compare-dcmtk.sh [results.md]     # DICOM_CLEAN_SHARED overrides ../shared beside the repository
#
# Needs python3 for the table (bench/hyperfine-table.py). Run it on a quiet machine: it reports
# wall-clock time, which other load distorts.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${DICOM_CLEAN_SHARED:-$repo/../shared}"
out="${1:-}"

for tool in hyperfine dcmdump dcm2json; do
  command -v "$tool" > /dev/null || { echo "missing: $tool" >&2; exit 1; }
done

declare -A files=(
  [MR512]="$shared/corpus/seed/test-mri/ST000001/SE000001/IM000001"
  [CT_small]="$shared/corpus/pydicom/CT_small.dcm"
)

report="$(mktemp -d)"
trap 'rm -rf "$report"' EXIT

{
  echo "Machine: $(uname -srm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
  echo "DCMTK: $(dcmdump --version | head -n1 | sed 's/^\$dcmtk: //; s/ \$$//')"
  echo "Load before: $(uptime | sed 's/.*load average: //')"
  echo
} > "$report/all.md"

for name in MR512 CT_small; do
  file="${files[$name]}"
  [[ -f "$file" ]] || { echo "missing corpus file: $file" >&2; exit 1; }
  # -q: no warnings on stderr; output goes to /dev/null (hyperfine's default), so only parsing and formatting count.
  hyperfine --warmup 5 --min-runs 30 --export-json "$report/$name.json" \
    --command-name "dcmdump $name" "dcmdump -q '$file'" \
    --command-name "dcm2json $name" "dcm2json -q '$file'"
  python3 "$repo/bench/hyperfine-table.py" "$report/$name.json" >> "$report/all.md"
  echo >> "$report/all.md"
done

if [[ -n "$out" ]]; then
  cp "$report/all.md" "$out"
  echo "written: $out"
else
  cat "$report/all.md"
fi
