#!/usr/bin/env bash
# Installs the Debian 12 packages Guanxi needs to build, test and run. Safe to
# run again: it asks apt only for what is missing. Needs root (or sudo) and
# Debian's package archive.
#
# The list is checked by the test suite: tests/packaging/check-build-deps.sh
# fails when configure used a CMake package that no package here (or one of
# their dependencies) provides.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # Qt 6.4: widgets, SQL with the SQLite driver, charts, SVG icons, Linguist.
  # Qt6Charts' CMake package needs Qt6OpenGL's, which only libqt6opengl6-dev
  # ships (qt6-charts-dev does not depend on it).
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6
  libqt6sql6-sqlite qt6-qpa-plugins qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  # libraries
  libicu-dev libsqlite3-dev sqlite3 libxlsxwriter-dev libminizip-dev
  # the team backend: Qt's PostgreSQL driver, libpq for cancelling a running
  # query (PQcancel), and the server the tests start a throwaway cluster of
  libqt6sql6-psql libpq-dev postgresql-15 postgresql-client-15
  # pinyin readings of phrases, surnames and polyphonic characters, read at run
  # time from /usr/share/rime-data/pinyin_simp.dict.yaml (also in the .deb's Depends)
  rime-data-pinyin-simp
  # phone numbers are parsed, checked and formatted with Google's libphonenumber
  # (no pkg-config or CMake file: core/CMakeLists.txt finds its header and library)
  libphonenumber-dev
  # passwords (Argon2id) and encrypted backups (XChaCha20-Poly1305 secretstream)
  libsodium-dev
  # xlsxwriter.pc links -lz, but neither libxlsxwriter-dev nor libminizip-dev depends on zlib1g-dev
  zlib1g-dev
  # tests: Catch2, the validators the packaging tests run, and python3 for tests/packaging
  catch2 desktop-file-utils appstream python3
  # packaging: cpack -G DEB computes the shared-library dependencies with dpkg-shlibdeps
  dpkg-dev file
  # fuzzing (scripts/fuzz.sh): clang with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
  # a CJK font so Chinese text renders, Xvfb and ImageMagick for scripts/screenshot.sh
  fonts-wqy-microhei xvfb xauth imagemagick
  # only for the benchmark: guanxi-bench-rfm runs bench/rfm_pandas.py under Debian's python3
  python3-pandas
)

if [ "${1:-}" = --list ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

fail() {
  echo "install-deps: $*" >&2
  exit 1
}

command -v dpkg-query >/dev/null && command -v apt-get >/dev/null ||
  fail "this script needs Debian's dpkg and apt-get (Debian 12); install these packages by hand: ${packages[*]}"

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null ||
    fail "${#missing[@]} packages are missing (${missing[*]}) and this is not root: run it as root, or install sudo."
  SUDO=sudo
fi

echo "install-deps: installing ${missing[*]}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! $SUDO apt-get update -qq >"$log" 2>&1; then
  cat "$log" >&2
  fail "'apt-get update' failed (above). Is Debian's package archive reachable (network, proxy, /etc/apt/sources.list)? Nothing was installed."
fi
if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
  tail -30 "$log" >&2
  fail "'apt-get install' failed (above): a package may be held, missing from the archive, or the archive unreachable. The build would fail without: ${missing[*]}"
fi
still=()
for p in "${missing[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || still+=("$p")
done
[ ${#still[@]} -eq 0 ] || fail "apt-get finished, but these packages are still not installed: ${still[*]}"
echo "install-deps: installed ${#missing[@]} packages."
