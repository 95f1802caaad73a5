#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and launch Guanxi.
#   scripts/run.sh [guanxi options, e.g. --database FILE]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
cmake -S "$here" -B "$here/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$here/build" --target guanxi guanxi-cli guanxi-cli-pdf
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Built $here/build/app/gui/guanxi, but there is no display to show it on."
  echo "On a desktop session run it directly; here, try: xvfb-run $here/build/app/gui/guanxi"
  exit 0
fi
exec "$here/build/app/gui/guanxi" "$@"
