#!/usr/bin/env bash
# Quick start 2: install what is missing, build everything, run every test,
# then fuzz the file readers for a while (scripts/fuzz.sh: 20 s per target
# with CI=true, 60 s otherwise; GUANXI_SKIP_FUZZ=1 skips it).
# Exit code: ctest's when tests fail, else the fuzzers'.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${GUANXI_BUILD_DIR:-$here/build}
"$here/scripts/install-deps.sh"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 600
if [ "${GUANXI_SKIP_FUZZ:-0}" != 1 ]; then
  if [ "${CI:-}" = true ]; then fuzz_seconds=20; else fuzz_seconds=60; fi
  GUANXI_FUZZ_DIR=${GUANXI_FUZZ_DIR:-$build/fuzz} "$here/scripts/fuzz.sh" "$fuzz_seconds"
fi
