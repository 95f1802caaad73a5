#!/usr/bin/env bash
# Installs the Debian 12 packages Guanxi needs to build, test and run. Safe to
# run again: it asks apt only for what is missing. Needs root (or sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # Qt 6.4: widgets, SQL with the SQLite driver, charts, SVG icons, Linguist
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6svg6
  libqt6sql6-sqlite qt6-qpa-plugins qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  # libraries
  libicu-dev libsqlite3-dev sqlite3 libxlsxwriter-dev libminizip-dev
  # tests: Catch2, and the validators the packaging tests run
  catch2 desktop-file-utils appstream
  # fuzzing (scripts/fuzz.sh): clang with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
  # a CJK font so Chinese text renders, and Xvfb for screenshots
  fonts-wqy-microhei xvfb xauth
  # only for the benchmark: guanxi-bench-rfm runs bench/rfm_pandas.py under Debian's python3
  python3-pandas
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed."
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
