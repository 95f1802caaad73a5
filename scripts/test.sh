#!/usr/bin/env bash
# Quick start 2: install what is missing, build everything, run every test.
# The output ends with ctest's summary; the exit code is ctest's.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${GUANXI_BUILD_DIR:-$here/build}
"$here/scripts/install-deps.sh"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 600
