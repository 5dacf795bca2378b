#!/usr/bin/env bash
# Build times of the course in Lessons/: cold (empty cache: the runtime library
# is compiled and every lesson runs), warm (nothing changed), and after editing
# one cell (that lesson runs again). Prints the median of several runs of each.
#
# Usage: scripts/benchmark-build.sh [debug|release]   (default: release)
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${1:-release}
swift build -c "$configuration" --product lessons >/dev/null
tool=$(swift build -c "$configuration" --show-bin-path)/lessons

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r Lessons "$work/Lessons"
cd "$work"

seconds() {  # runs the command, prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  end=$(date +%s.%N)
  python3 -c "print($end - $start)"
}
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] }'; }
build() { LESSONS_CACHE="$work/user-cache" seconds "$tool" build --output "$work/Site" --cache "$work/cache"; }

cold=$(for _ in 1 2 3; do rm -rf "$work/cache" "$work/user-cache" "$work/Site"; build; done | median)
warm=$(for _ in 1 2 3 4 5; do build; done | median)
lesson=$(ls Lessons/[0-9]*.md | tail -1)
edit=$(for i in 1 2 3; do
  # Change the first line of the lesson's first cell: only that lesson runs again.
  python3 - "$lesson" "$i" <<'PY'
import re, sys
path, n = sys.argv[1], sys.argv[2]
text = open(path).read()
text = re.sub(r"(```swift\n(?://\|[^\n]*\n)*)(// edited \d+\n)?", lambda m: m.group(1) + f"// edited {n}\n", text, count=1)
open(path, "w").write(text)
PY
  build
done | median)

echo "lessons build ($configuration) on $(ls Lessons/[0-9]*.md | wc -l) lessons, $(nproc) cores"
echo "| build | seconds (median) |"
echo "| --- | ---: |"
echo "| cold: empty cache (runtime library compiled, every lesson run) | $cold |"
echo "| warm: nothing changed | $warm |"
echo "| one cell edited in $(basename "$lesson") | $edit |"
