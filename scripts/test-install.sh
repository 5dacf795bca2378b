#!/usr/bin/env bash
# End-to-end test of the author's path: `make install` into an empty prefix,
# then, with this checkout hidden under an empty tmpfs (bubblewrap), `lessons
# init` and `lessons build` in a scratch folder must write a site whose pages
# hold the cells' real outputs. Also: two courses share one compiled runtime.
#
# Installs a debug build (CONFIG=debug): a release build of swift-syntax takes
# minutes, and what is tested — that the binary needs nothing from the
# checkout — does not depend on the optimisation level.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command -v bwrap >/dev/null || { echo "test-install: needs bubblewrap (apt-get install bubblewrap)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/lessons-install-XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
fail() { echo "test-install: FAIL: $*" >&2; exit 1; }

# 1. Install; `lessons prepare` compiles the runtime into the (fresh) user cache.
LESSONS_CACHE="$work/cache" make -s -C "$root" install PREFIX="$prefix" CONFIG=debug >"$work/install.log" 2>&1 \
  || { cat "$work/install.log"; fail "make install"; }
[ -x "$prefix/bin/lessons" ] || fail "no $prefix/bin/lessons"
grep -q "compiled the cell runtime" "$work/install.log" || { cat "$work/install.log"; fail "install did not prepare the runtime"; }

# 2. With the checkout hidden, start a course and build it.
hidden() {
  bwrap --bind / / --dev /dev --proc /proc --tmpfs "$root" --chdir "$work" \
    --setenv LESSONS_CACHE "$1" -- bash -c "$2"
}
hidden "$work/cache" "ls '$root' | grep -q . && exit 3
  '$prefix/bin/lessons' --version
  '$prefix/bin/lessons' init first >/dev/null
  cd first && '$prefix/bin/lessons' build --verbose" >"$work/first.log" 2>&1 \
  || { cat "$work/first.log"; fail "init and build with the checkout hidden"; }
page="$work/first/Site/01-first-lesson.html"
[ -f "$page" ] || fail "no $page"
grep -q "five samples, 2 of them positive" "$page" || fail "the page lacks the cell's printed text"
grep -q "0.666667" "$page" || fail "the page lacks the cell's value"
grep -q "<table" "$page" || fail "the page lacks the cell's table"
grep -q "soft precision" "$page" || fail "the page lacks the plot"
grep -q "runtime compiled" "$work/first.log" && fail "the installed tool compiled the runtime again"
grep -q "^lessons [0-9]" "$work/first.log" || fail "--version printed no version"

# 3. A fresh cache: the first course compiles the runtime, the second does not.
hidden "$work/cache2" "'$prefix/bin/lessons' init second >/dev/null && '$prefix/bin/lessons' init third >/dev/null
  (cd second && '$prefix/bin/lessons' build --verbose) && (cd third && '$prefix/bin/lessons' build --verbose)" \
  >"$work/two.log" 2>&1 || { cat "$work/two.log"; fail "building two courses"; }
[ "$(grep -c 'runtime compiled' "$work/two.log")" = 1 ] || { cat "$work/two.log"; fail "the runtime was not compiled exactly once for two courses"; }

# 4. Uninstall removes what install wrote.
LESSONS_CACHE="$work/cache" make -s -C "$root" uninstall PREFIX="$prefix" >/dev/null 2>&1
[ ! -e "$prefix/bin/lessons" ] || fail "uninstall left $prefix/bin/lessons"
[ -z "$(find "$work/cache/runtime" -mindepth 1 -maxdepth 1 -type d 2>/dev/null)" ] || fail "uninstall left the compiled runtime"

echo "test-install: installed tool works with the checkout hidden; two courses compiled the runtime once"
