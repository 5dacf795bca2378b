#!/usr/bin/env bash
# What a new author waits for, with the tool installed in release mode:
#   - `lessons prepare` (what `make install` runs): compiling the cells' runtime;
#   - `lessons init x && cd x && lessons build` for the first course ever, when
#     the runtime is not compiled yet (a fresh per-user cache);
#   - the same for a second course, the runtime already in the cache;
# and the installed binary's size. Prints the median of three runs of each.
#
# Usage: scripts/benchmark-install.sh   (builds and installs into a scratch prefix)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/lessons-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
LESSONS_CACHE="$work/install-cache" make -s -C "$root" install PREFIX="$work/prefix" >/dev/null
tool="$work/prefix/bin/lessons"

seconds() {  # runs the command, prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  end=$(date +%s.%N)
  python3 -c "print($end - $start)"
}
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] }'; }
course() {  # a new course in a new folder, built; $1 is the per-user cache
  local folder
  folder=$(mktemp -d "$work/course-XXXXXX")
  (cd "$folder" && LESSONS_CACHE="$1" "$tool" init x && cd x && LESSONS_CACHE="$1" "$tool" build)
}

prepare=$(for i in 1 2 3; do LESSONS_CACHE="$work/p$i" seconds "$tool" prepare; done | median)
first=$(for i in 1 2 3; do seconds course "$work/first$i"; done | median)
second=$(for _ in 1 2 3; do seconds course "$work/first1"; done | median)
size=$(stat -c %s "$tool")

echo "installed lessons (release) on $(nproc) cores"
echo "| step | seconds (median of 3) |"
echo "| --- | ---: |"
echo "| lessons prepare (runtime compile) | $prepare |"
echo "| first course ever: init + build, runtime compiled on the way | $first |"
echo "| second course: init + build, runtime cached | $second |"
echo "binary: $(python3 -c "print(f'{$size / 1e6:.1f} MB')")"
