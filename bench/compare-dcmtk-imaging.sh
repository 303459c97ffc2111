#!/usr/bin/env bash
# DCMTK (and reference library) side of the rendering and codec tables in docs/benchmarks.md:
#  1. makes the derived 512x512 MR and 1537x1184 DX files the codec benchmarks decode (dcmcjpeg +eb / +e1,
#     dcmcjpls) into $BENCH_FILES (default /tmp/dicom-clean-bench);
#  2. hyperfine, whole process: dcmj2pnm (first window, PNG and PGM) on the seed MR and DX, dcmdjpeg /
#     dcmdjpls on every codec file (process start, file read and file write included);
#  3. library-only decode time, timed around the decompression call only, of DCMTK
#     (bench/native/dcmtk_decode_time.cpp) and of libjpeg-turbo / CharLS 2.4 (reference_decode_time.cpp),
#     built here with g++.
# Then run the in-process side with the line it prints at the end (DECODE_BENCH_DIR=...).
#
#   bench/compare-dcmtk-imaging.sh [results.md]     # DICOM_CLEAN_SHARED overrides ../shared beside the repository
#
# Needs hyperfine, dcmtk, libdcmtk-dev, libjpeg62-turbo-dev, libcharls-dev, g++ and python3. Run it on a
# quiet machine: every figure is wall-clock time, which other load distorts.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${DICOM_CLEAN_SHARED:-$repo/../shared}"
files="${BENCH_FILES:-/tmp/dicom-clean-bench}"
out="${1:-}"

for tool in hyperfine dcmj2pnm dcmdjpeg dcmdjpls dcmcjpeg dcmcjpls g++; do
  command -v "$tool" > /dev/null || { echo "missing: $tool" >&2; exit 1; }
done

mr="$shared/corpus/seed/test-mri/ST000001/SE000001/IM000001"
dx="$shared/corpus/seed/DX_test_file.dcm"
mkdir -p "$files"
dcmcjpeg +eb "$mr" "$files/mr512_baseline8.dcm"   # DCMTK windows the 12-bit MR down to 8 bits
dcmcjpeg +e1 "$mr" "$files/mr512_lossless_sv1.dcm"
dcmcjpls "$mr" "$files/mr512_jpegls.dcm"
dcmcjpeg +e1 "$dx" "$files/dx1537_lossless_sv1.dcm"
dcmcjpls "$dx" "$files/dx1537_jpegls.dcm"
codec_files=(
  "$shared/corpus/pydicom/SC_jpeg_no_color_transform.dcm"
  "$files/mr512_baseline8.dcm"
  "$files/mr512_lossless_sv1.dcm"
  "$files/dx1537_lossless_sv1.dcm"
  "$shared/corpus/pydicom/MR_small_jpeg_ls_lossless.dcm"
  "$files/mr512_jpegls.dcm"
  "$files/dx1537_jpegls.dcm"
)

report="$(mktemp -d)"
trap 'rm -rf "$report"' EXIT
g++ -O2 -std=c++17 -o "$report/dcmtk_decode_time" "$repo/bench/native/dcmtk_decode_time.cpp" \
  -ldcmjpls -ldcmtkcharls -ldcmjpeg -lijg8 -lijg12 -lijg16 -ldcmimgle -ldcmdata -loflog -lofstd
g++ -O2 -std=c++17 -o "$report/reference_decode_time" "$repo/bench/native/reference_decode_time.cpp" \
  -lcharls -ljpeg -ldcmdata -loflog -lofstd

{
  echo "Machine: $(uname -srm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
  echo "DCMTK: $(dcmdump --version | head -n1 | sed 's/^\$dcmtk: //; s/ \$$//')"
  echo "Load before: $(uptime | sed 's/.*load average: //')"
  echo
} > "$report/all.md"

# Rendering: +Wi 1 (first window), as GrayscaleRenderBenchmarks; +on writes PNG, +op raw PGM (no compression).
hyperfine --warmup 3 --min-runs 20 --export-json "$report/render.json" \
  --command-name "dcmj2pnm PNG MR512" "dcmj2pnm -q +Wi 1 +on '$mr' '$report/mr.png'" \
  --command-name "dcmj2pnm PGM MR512" "dcmj2pnm -q +Wi 1 +op '$mr' '$report/mr.pgm'" \
  --command-name "dcmj2pnm PNG DX1537" "dcmj2pnm -q +Wi 1 +on '$dx' '$report/dx.png'" \
  --command-name "dcmj2pnm PGM DX1537" "dcmj2pnm -q +Wi 1 +op '$dx' '$report/dx.pgm'"
python3 "$repo/bench/hyperfine-table.py" "$report/render.json" >> "$report/all.md"
echo >> "$report/all.md"

# Codecs, whole process: decompress to explicit VR little endian and write the file.
args=()
for file in "${codec_files[@]}"; do
  [[ -f "$file" ]] || { echo "missing file: $file" >&2; exit 1; }
  name="$(basename "$file" .dcm)"
  case "$(dcmdump -q -s +P 0002,0010 "$file")" in
    *JPEGLS*) tool=dcmdjpls ;;
    *) tool=dcmdjpeg ;;
  esac
  args+=(--command-name "$tool $name" "$tool -q '$file' '$report/$name.dcm'")
done
hyperfine --warmup 3 --min-runs 20 --export-json "$report/codecs.json" "${args[@]}"
python3 "$repo/bench/hyperfine-table.py" "$report/codecs.json" >> "$report/all.md"
echo >> "$report/all.md"

# Codecs, library only (microseconds): 50 runs after 3 warm-up runs, file loaded outside the timed region.
# libjpeg-turbo has no lossless process: those rows say n/a.
{
  echo '```'
  "$report/dcmtk_decode_time" 50 "${codec_files[@]}"
  "$report/reference_decode_time" 50 "${codec_files[@]}"
  echo '```'
  echo "Load after: $(uptime | sed 's/.*load average: //')"
} >> "$report/all.md"

if [[ -n "$out" ]]; then
  cp "$report/all.md" "$out"
  echo "written: $out"
else
  cat "$report/all.md"
fi
echo
echo "In-process side (from bench/Dicom.Clean.Benchmarks):"
echo "  DECODE_BENCH_DIR=$files dotnet run -c Release -- --filter '*DicomFrameDecode*'"
