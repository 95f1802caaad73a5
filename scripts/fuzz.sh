#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang (ASan + UBSan) and runs each
# for SECONDS (default 300) over a working copy of its corpus, with its
# dictionary. Exits non-zero when a target does not build, or on any crash,
# leak, timeout, out-of-memory or sanitizer report; the input that caused it
# is kept as BUILD/work/TARGET/crash-* (or leak-*, timeout-*, oom-*).
#
#   scripts/fuzz.sh [SECONDS]
#
# Environment:
#   GUANXI_FUZZ_DIR      build and work folder (default: build-fuzz/ in the checkout)
#   GUANXI_FUZZ_TARGETS  which targets, space separated (default: "csv xlsx vcard")
#   GUANXI_FUZZ_SEED     libFuzzer's -seed (default: a new random one each run,
#                        printed when a target fails)
#   GUANXI_FUZZ_JOBS     how many targets to compile at once (default 2)
#   CXX_FUZZ             the clang++ to use (default: clang++)
#
# Inputs libFuzzer finds interesting stay in BUILD/work/TARGET/corpus, so runs
# by hand build on each other; fuzz/corpus/ itself is never written. Copy an
# input worth keeping (a fixed crash, say) into fuzz/corpus/TARGET yourself.
# Reproduce a failure with:  BUILD/fuzz_TARGET BUILD/work/TARGET/crash-...
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-300}
out=${GUANXI_FUZZ_DIR:-$here/build-fuzz}
targets=${GUANXI_FUZZ_TARGETS:-csv xlsx vcard}
jobs=${GUANXI_FUZZ_JOBS:-2}
seed=${GUANXI_FUZZ_SEED:-0}
cxx=${CXX_FUZZ:-clang++}

case "$seconds" in
  '' | *[!0-9]* | 0) echo "usage: scripts/fuzz.sh [SECONDS]  (whole seconds per target, from 1)" >&2; exit 1 ;;
esac
if ! command -v "$cxx" >/dev/null; then
  echo "fuzz: $cxx not found; scripts/install-deps.sh installs clang and libclang-rt-14-dev" >&2
  exit 1
fi
mkdir -p "$out"

# The sources and pkg-config modules of each target, as in its header comment.
sources() {
  case "$1" in
    csv) echo "fuzz/fuzz_csv.cpp core/formats/textencoding.cpp core/formats/csvstream.cpp" ;;
    xlsx) echo "fuzz/fuzz_xlsx.cpp core/formats/xlsxreader.cpp core/formats/xlsxcellvalue.cpp core/formats/xlsxpackage.cpp core/formats/xlsxsharedparts.cpp core/formats/xlsxsheetrows.cpp" ;;
    vcard) echo "fuzz/fuzz_vcard.cpp core/formats/vcard.cpp core/formats/vcardcontact.cpp core/formats/vcardlines.cpp core/formats/vcardproperty.cpp core/formats/vcardwriter.cpp core/text/han.cpp" ;;
    *) return 1 ;;
  esac
}
modules() {
  case "$1" in
    csv) echo "Qt6Core icu-uc icu-i18n" ;;
    xlsx) echo "Qt6Core minizip" ;;
    vcard) echo "Qt6Core" ;;
  esac
}

# UBSan findings are fatal (-fno-sanitize-recover), so libFuzzer stops and
# keeps the input. Qt is built without sanitizers; only our code is checked.
# shellcheck disable=SC2054 # the commas belong to -fsanitize=
flags=(-std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
       -fno-omit-frame-pointer -I "$here/core")

build() {
  local t=$1 bin=$out/fuzz_$1 list src deps newest=0 m
  list=$(sources "$t") || { echo "fuzz: unknown target '$t' (known: csv xlsx vcard)" >&2; return 1; }
  read -r -a src <<<"$list"
  read -r -a deps <<<"$(modules "$t")"
  # Rebuild only when a source, a core header or this script is newer.
  for f in "${src[@]}" "$here"/core/formats/*.h "$here"/core/platform/*.h "$here/scripts/fuzz.sh"; do
    f=$here/${f#"$here"/}
    m=$(stat -c %Y "$f")
    if [ "$m" -gt "$newest" ]; then newest=$m; fi
  done
  if [ -x "$bin" ] && [ "$(stat -c %Y "$bin")" -ge "$newest" ]; then
    echo "fuzz: fuzz_$t is up to date"
    return 0
  fi
  local start=$SECONDS
  # shellcheck disable=SC2046 # word splitting of pkg-config output is wanted
  if ! (cd "$here" && "$cxx" "${flags[@]}" $(pkg-config --cflags "${deps[@]}") "${src[@]}" \
          $(pkg-config --libs "${deps[@]}") -o "$bin.tmp") >"$out/build-$t.log" 2>&1; then
    rm -f "$bin.tmp"
    echo "fuzz: fuzz_$t did not build:" >&2
    cat "$out/build-$t.log" >&2
    return 1
  fi
  mv "$bin.tmp" "$bin"
  echo "fuzz: built fuzz_$t in $((SECONDS - start)) s"
}

run() {
  local t=$1 bin=$out/fuzz_$1 work=$out/work/$1 log dict=() rc=0 execs
  log=$work/fuzz.log
  mkdir -p "$work/corpus"
  touch "$work/.started"
  cp -n "$here/fuzz/corpus/$t/"* "$work/corpus/" 2>/dev/null || true
  [ -f "$here/fuzz/$t.dict" ] && dict=(-dict="$here/fuzz/$t.dict")
  # A leak, a sanitizer report, an input slower than 10 s or a run over 2 GB
  # all stop the fuzzer with a non-zero exit.
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
    "$bin" "${dict[@]}" -seed="$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" >"$log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [ "$rc" -ne 0 ] || grep -qE 'ERROR: (Address|Leak|UndefinedBehavior)Sanitizer|runtime error:|ERROR: libFuzzer' "$log"; then
    echo "fuzz: fuzz_$t FAILED (exit $rc) after ${execs:-?} executions ($(grep -m1 -o 'Seed: [0-9]*' "$log"));" \
      "log: $log" >&2
    grep -E -m 20 -A 12 'ERROR:|runtime error:|broken promise|round trip failed|deadly signal' "$log" >&2 || tail -40 "$log" >&2
    find "$work" -maxdepth 1 -newer "$work/.started" \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
      -o -name 'oom-*' \) | sed 's/^/fuzz: input: /' >&2
    return 1
  fi
  printf 'fuzz: fuzz_%-6s ok: %s executions in %s s, corpus %s files\n' \
    "$t" "${execs:-?}" "$seconds" "$(find "$work/corpus" -type f | wc -l)"
}

# Compile up to $jobs targets at once, then run them one after the other.
status=0
pids=()
for t in $targets; do
  build "$t" &
  pids+=($!)
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
[ $status -eq 0 ] || exit 1
for t in $targets; do
  run "$t" || status=1
done
exit $status
