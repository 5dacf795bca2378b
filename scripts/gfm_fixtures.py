#!/usr/bin/env python3
"""Writes the fidelity fixtures for GitHub's extensions: cmark-gfm's own HTML.

The oracle is the `cmark-gfm` command (Debian package `cmark-gfm`,
0.29.0.gfm.6 here) run as
    cmark-gfm -e table -e strikethrough -e footnotes -e autolink
Inputs:
  - every example of the GitHub Flavored Markdown Spec 0.29-gfm (2019-04-06,
    GitHub, CC-BY-SA 4.0), taken from the marko 2.2.4 source distribution on
    PyPI, which ships it as tests/spec/gfm.txt. The spec has no footnote
    section; footnotes are covered by our own corpus;
  - our own corpus, Tests/MarkdownTests/Fixtures/gfm/*.md (course prose:
    tables with code and links in cells, footnotes with several paragraphs,
    strikethrough, bare links).
Outputs (committed; the Swift tests need neither Python nor cmark-gfm):
  - Tests/MarkdownTests/Fixtures/gfm-spec.json: [{example, section, markdown, html}]
  - Tests/MarkdownTests/Fixtures/gfm/*.html next to each .md

Usage: scripts/gfm_fixtures.py   (needs `cmark-gfm` and pip download access)
"""
import json
import pathlib
import re
import subprocess
import sys
import tarfile
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests/MarkdownTests/Fixtures"
COMMAND = ["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "footnotes", "-e", "autolink"]
FENCE = "`" * 32


def cmark_gfm(markdown: str) -> str:
    return subprocess.run(COMMAND, input=markdown.encode(), capture_output=True, check=True).stdout.decode()


def spec_text() -> str:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        "marko==2.2.4", "-d", folder], check=True)
        archive = next(pathlib.Path(folder).glob("marko-*.tar.gz"))
        with tarfile.open(archive) as tar:
            member = next(m for m in tar.getmembers() if m.name.endswith("tests/spec/gfm.txt"))
            return tar.extractfile(member).read().decode()


def spec_examples(text: str) -> list:
    """The spec's own format: a 32-backtick fence, `example`, Markdown, `.`, HTML, fence; → is a tab."""
    examples, section, lines, i = [], "", text.split("\n"), 0
    while i < len(lines):
        line = lines[i]
        heading = re.match(r"^#{1,6} (.*)$", line)
        if heading and not line.startswith("#" * 7):
            section = heading.group(1).strip()
        if line.startswith(FENCE + " example"):
            markdown, html = [], []
            i += 1
            part = markdown
            while not lines[i].startswith(FENCE):
                if lines[i] == "." and part is markdown:
                    part = html
                else:
                    part.append(lines[i])
                i += 1
            source = "\n".join(markdown) + "\n" if markdown else ""
            examples.append({"example": len(examples) + 1, "section": section,
                             "markdown": source.replace("→", "\t")})
        i += 1
    return examples


def main() -> None:
    version = subprocess.run(["cmark-gfm", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    examples = spec_examples(spec_text())
    for example in examples:
        example["html"] = cmark_gfm(example["markdown"])
    document = {
        "source": "GitHub Flavored Markdown Spec 0.29-gfm examples (GitHub, CC-BY-SA 4.0); html from "
                  + version + " with " + " ".join(COMMAND[1:]),
        "examples": examples,
    }
    (FIXTURES / "gfm-spec.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    corpus = sorted((FIXTURES / "gfm").glob("*.md"))
    for path in corpus:
        path.with_suffix(".html").write_text(cmark_gfm(path.read_text()))
    print(f"{len(examples)} spec examples and {len(corpus)} corpus files, html from {version}")


if __name__ == "__main__":
    main()
