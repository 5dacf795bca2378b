#!/bin/sh
# Runs every test with a temporary folder of its own (TMPDIR), and fails if
# the tests leave anything in it: each test removes what it creates, and so
# does every build they run, however it ends.
set -u
swift=${SWIFT:-swift}
bin=$($swift build --show-bin-path) || exit 1
tmp=$(mktemp -d)
TMPDIR=$tmp "$bin/lessonsPackageTests.xctest" --testing-library swift-testing
status=$?
left=$(ls -A "$tmp")
rm -rf "$tmp"
if [ -n "$left" ]; then
  echo "the tests left these behind in TMPDIR:" >&2
  echo "$left" >&2
  exit 1
fi
exit $status
