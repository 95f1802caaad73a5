#!/bin/sh
# Builds the golden files of old schema versions: vN-basic.guanxi is a file as
# the first Guanxi build with schema version N wrote it, holding the records of
# basic-data.sql. The migration scripts are taken from that build's commit, not
# from the working tree, because a golden file stands for what users already
# have on disk. Run it only to add a file for a new old version:
#   sh tests/data/schema/make-golden.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)

# version -> commit of the first build that shipped that schema version
make() {
  version=$1
  commit=$2
  out="$here/v$version-basic.guanxi"
  rm -f "$out"
  {
    echo "PRAGMA page_size = 1024;"
    echo "PRAGMA application_id = 1196966738;"  # 0x47584352, Guanxi
    for step in $(seq 1 "$version"); do
      # The migrations moved from core/db/ to core/platform/db/ in the feature-folder redesign.
      script=$(git -C "$repo" ls-tree --name-only "$commit" core/db/migrations/ core/platform/db/migrations/ |
        grep "/$(printf '%04d' "$step")_")
      git -C "$repo" show "$commit:$script"
    done
    cat "$here/basic-data.sql"
    echo "PRAGMA user_version = $version;"
  } | sqlite3 "$out"
  sqlite3 "$out" "VACUUM;"
}

make 1 a262f67
make 2 a262f67
make 3 a262f67
