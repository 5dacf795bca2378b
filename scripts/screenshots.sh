#!/usr/bin/env bash
# Renders pages of a built site in headless Chromium to PNG, to see what a reader sees.
# Usage: scripts/screenshots.sh [Site] [screenshots]
# Needs Debian's `chromium` (and, for formulas, a math font: `fonts-texgyre-math`).
set -euo pipefail
site=${1:-Site}
out=${2:-screenshots}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "screenshots need headless Chromium: apt-get install chromium fonts-texgyre-math" >&2
  exit 1
fi
mkdir -p "$out"
root=$(cd "$site" && pwd)
shoot() {  # page width height name [dark]
  local flags=()
  [ "${5:-}" = dark ] && flags+=(--force-dark-mode --blink-settings=preferredColorScheme=0)
  # The virtual time budget lets the pages' script run (search results, copy buttons) before the shot.
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=5000 "${flags[@]}" \
    --user-data-dir="$(mktemp -d)" --window-size="$2,$3" \
    --screenshot="$out/$4.png" "file://$root/$1" >/dev/null 2>&1
  echo "$out/$4.png"
}
shoot index.html 1280 1600 index
for page in "$root"/[0-9]*.html; do
  name=$(basename "$page" .html)
  shoot "$name.html" 1280 4000 "$name"
done
first=$(ls "$root"/[0-9]*.html | head -1 | xargs basename)
shoot "$first" 390 2400 phone
shoot "$first" 1280 2400 dark dark
# The student's side: the sidebar, search results, a copy button, in light and dark.
for scheme in light dark; do
  shoot "$first" 1280 1000 "sidebar-$scheme" "$scheme"
  shoot "search.html?q=soft+precision" 1280 1000 "search-$scheme" "$scheme"
  shoot "$first" 800 1300 "copy-button-$scheme" "$scheme"  # a fragment (#cell-1) gives a blank headless shot
done
