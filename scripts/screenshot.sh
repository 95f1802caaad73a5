#!/usr/bin/env bash
# Takes a screenshot of the app under Xvfb: scripts/screenshot.sh OUT.png WxH [app args...]
# Needs xvfb, imagemagick (import) and a CJK font (fonts-wqy-microhei).
set -euo pipefail
out=$1; size=$2; shift 2
here=$(cd "$(dirname "$0")/.." && pwd)
app=${GUANXI_APP:-$here/build/app/gui/guanxi}
export XDG_CONFIG_HOME=${XDG_CONFIG_HOME:-$(mktemp -d)}
xvfb-run -a -s "-screen 0 ${size}x24" bash -c "
  '$app' $* & pid=\$!
  sleep \${GUANXI_SHOT_DELAY:-4}
  import -window root '$out'
  kill \$pid" 
echo "$out"
