#!/usr/bin/env python3
"""Writes the Markdown fidelity fixtures: cmark's own HTML for a corpus.

The oracle is the `cmark` command (Debian package `cmark`, 0.30.2 here), the
same library `lessons` parses with. Inputs:
  - the CommonMark spec's examples (spec 0.31.2, John MacFarlane, CC-BY-SA 4.0),
    taken from the markdown-it-py 4.3.0 source distribution on PyPI, which
    ships them as tests/test_cmark_spec/commonmark.json;
  - our own corpus, Tests/MarkdownTests/Fixtures/corpus/*.md.
Outputs (committed; the Swift tests need neither Python nor cmark):
  - Tests/MarkdownTests/Fixtures/spec.json: [{example, section, markdown, html}]
  - Tests/MarkdownTests/Fixtures/corpus/*.html next to each .md

Usage: scripts/commonmark_fixtures.py   (needs `cmark` and pip download access)
"""
import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests/MarkdownTests/Fixtures"


def cmark(markdown: str) -> str:
    return subprocess.run(["cmark"], input=markdown.encode(), capture_output=True, check=True).stdout.decode()


def spec_examples() -> list:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        "markdown-it-py==4.3.0", "-d", folder], check=True)
        archive = next(pathlib.Path(folder).glob("markdown_it_py-*.tar.gz"))
        with tarfile.open(archive) as tar:
            member = next(m for m in tar.getmembers() if m.name.endswith("test_cmark_spec/commonmark.json"))
            return json.load(tar.extractfile(member))


def main() -> None:
    version = subprocess.run(["cmark", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    examples = [
        {"example": e["example"], "section": e["section"], "markdown": e["markdown"], "html": cmark(e["markdown"])}
        for e in spec_examples()
    ]
    document = {
        "source": "CommonMark Spec 0.31.2 examples (John MacFarlane, CC-BY-SA 4.0); html from " + version,
        "examples": examples,
    }
    (FIXTURES / "spec.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    corpus = sorted((FIXTURES / "corpus").glob("*.md"))
    for path in corpus:
        path.with_suffix(".html").write_text(cmark(path.read_text()))
    print(f"{len(examples)} spec examples and {len(corpus)} corpus files, html from {version}")


if __name__ == "__main__":
    main()
