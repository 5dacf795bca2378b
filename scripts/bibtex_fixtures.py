#!/usr/bin/env python3
"""Reference readings of Tests/BibliographyTests/Fixtures/corpus.bib by pybtex.

Requires pybtex 0.26.1 (and latexcodec, which it installs):
    pip install pybtex==0.26.1

Run:     python3 scripts/bibtex_fixtures.py
Writes:  Tests/BibliographyTests/Fixtures/corpus.json

For every entry, in file order: its key, its type, its authors and editors
split into first (BibTeX's first and middle names), von, last and jr parts,
its title and its year. Name parts and titles are turned from LaTeX into
Unicode by pybtex's own LaTeX reader (`Text.from_latex(...).render_as("text")`),
so the Swift tests compare Unicode with Unicode. The title is also kept as
written, for the reader of a failing test.

A final "and others" is a name in pybtex; here it becomes `"andOthers": true`,
as the Swift module has it.
"""

import json
import sys
from pathlib import Path

import pybtex
from pybtex.database import parse_file
from pybtex.richtext import Text

EXPECTED_VERSION = "0.26.1"
FIXTURES = Path(__file__).resolve().parent.parent / "Tests" / "BibliographyTests" / "Fixtures"


def unicode(latex):
    """LaTeX to Unicode the way pybtex's styles do it."""
    return Text.from_latex(latex).render_as("text")


def part(words):
    return unicode(" ".join(words))


def names(persons):
    listed = [
        {
            "first": part(person.first_names + person.middle_names),
            "von": part(person.prelast_names),
            "last": part(person.last_names),
            "jr": part(person.lineage_names),
        }
        for person in persons
    ]
    others = bool(listed) and listed[-1] == {"first": "", "von": "", "last": "others", "jr": ""}
    if others:
        listed.pop()
    return {"names": listed, "andOthers": others}


def main():
    if pybtex.__version__ != EXPECTED_VERSION:
        sys.exit(f"pybtex {EXPECTED_VERSION} expected, found {pybtex.__version__}")
    data = parse_file(str(FIXTURES / "corpus.bib"), bib_format="bibtex")
    entries = []
    for key, entry in data.entries.items():
        title = entry.fields.get("title")
        entries.append({
            "key": key,
            "type": entry.type,
            "author": names(entry.persons.get("author", [])),
            "editor": names(entry.persons.get("editor", [])),
            "titleLaTeX": title,
            "title": unicode(title) if title is not None else None,
            "year": entry.fields.get("year"),
        })
    out = {"generator": f"pybtex {pybtex.__version__}", "entries": entries}
    path = FIXTURES / "corpus.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} entries to {path.relative_to(FIXTURES.parent.parent.parent)}")


if __name__ == "__main__":
    main()
