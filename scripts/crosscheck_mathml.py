#!/usr/bin/env python3
"""Cross-check the MathML module against latex2mathml, an independent converter.

Requires latex2mathml 3.81.1:  pip install latex2mathml==3.81.1

The Swift tests hold the module to Tests/MathMLTests/Formulas/formulas.html, the
expected output for every formula of formulas.txt. This script converts the same
formulas with latex2mathml and compares both sides after normalising them:

  * symbols: the text of every token element (mi, mn, mo, mtext), in document
    order, concatenated without white space, with `mathvariant` turned into
    Unicode mathematical letters (latex2mathml uses the attribute, we use the
    characters);
  * numbers: the sequence of <mn> texts, so that 0.5 split in three shows up;
  * layout: how many mfrac, msqrt, mroot and mtable elements there are.

Element choices (mi or mo, msub or munder, mrow nesting) are left free: they are
where the two converters legitimately differ. What remains different must be
listed below, with its reason, or the script fails.

Equation numbers are not compared (the Swift tests check them): on our side the
empty cell and the number cell that frame each row of a numbered formula are
dropped; on latex2mathml's side the numbering environments and commands are
rewritten first, as NUMBERING lists, and the "(1)", "(2)" cells it adds to the
rows of align are dropped.

Usage:  python3 scripts/crosscheck_mathml.py [-v]
Exit status: 0 when every formula agrees or differs only as listed, 1 otherwise.
"""

import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import latex2mathml
from latex2mathml.converter import convert

EXPECTED_VERSION = "3.81.1"
FORMULAS = Path(__file__).resolve().parent.parent / "Tests" / "MathMLTests" / "Formulas"

# Characters both converters may use for the same TeX symbol; each maps to one
# spelling on both sides before comparing.
SAME_SYMBOL = {
    "\u00b7": "\u22c5",  # \cdot: latex2mathml MIDDLE DOT, we DOT OPERATOR (TeX's math symbol)
    "*": "\u2217",  # \ast, ^*: ASCII asterisk vs ASTERISK OPERATOR
    "\u223c": "~",  # \sim: we TILDE OPERATOR, latex2mathml ASCII tilde (also \tilde's accent)
    "\u29f5": "\u2216",  # \setminus: REVERSE SOLIDUS OPERATOR vs SET MINUS (MathJax's choice)
    "\u2022": "\u2219",  # \bullet: BULLET vs BULLET OPERATOR
    "\u0302": "^",  # \widehat: we use the combining circumflex, which stretches in Chromium
}

# Tokens latex2mathml writes that have no counterpart in ours.
THEIRS_ONLY = {
    "\u2015": "\\overline and \\underline: latex2mathml uses a bar character, we draw a CSS rule",
}
# latex2mathml also keeps the & of aligned as <mi>&</mi>; those are dropped when
# the formula has alignment marks (a \& elsewhere stays).

# Formulas where latex2mathml 3.81.1 is wrong or does not know a command:
# (TeX, what its side says, what it should say, why).
KNOWN = [
    (r"\argmax_{\theta} \log p(y \mid x; \theta) = \operatorname*{arg\,min}_\theta L(\theta)",
     "=\u2217arg", "=arg", "latex2mathml prints the star of \\operatorname*"),
    (r"a \not= b \quad x \not\in S", "\u29f8=", "\u2260",
     "latex2mathml renders \\not= as a slash and =; we write NOT EQUAL TO"),
    (r"2 \log n \quad \log\log n \quad \arg \min \quad \max(a, b)", "\\arg", "arg",
     "latex2mathml does not know \\arg and prints it"),
    (r"\big( x \big) \Big[ x \Big] \bigg\{ x \bigg\} \Bigg| x \Bigg| \bigl( x \bigr)", "\\{x\\}", "{x}",
     "latex2mathml prints the backslashes of \\bigg\\{ and \\bigg\\}"),
]

# Formulas whose layout counts differ for a known reason: TeX -> reason.
LAYOUT = {
    r"\text{predictions} = \begin{cases} 1 & \text{if }\hat{y} > 0.5 \\ 0 & \text{otherwise} \end{cases}\\\text{TP} = \sum (\text{predictions} \times \text{targets})":
        "a \\\\ at the top level: we set the lines as a table, latex2mathml as a line break",
    r"x = 1 \\ y = 2": "a \\\\ at the top level: we set the lines as a table, latex2mathml as a line break",
    r"\begin{aligned} f(x) &= (x + 1)^2 \\ &= x^2 + 2x + 1 \\ g &\le \sum_{i=1}^n x_i \end{aligned}":
        "latex2mathml writes aligned as one row with line breaks, we as a table",
    r"\begin{aligned} a &= b & c &= d \\ &+ e & &- f \end{aligned}":
        "latex2mathml writes aligned as one row with line breaks, we as a table",
    r"\begin{gathered} a = b \\ c = d \end{gathered}":
        "latex2mathml writes gathered as one row with line breaks, we as a table",
    r"\begin{aligned} a &= b \\ &= c \end{aligned} \tag{A}":
        "latex2mathml writes aligned as one row with line breaks, we as a table",
}

# Rewrites of the TeX given to latex2mathml, for what numbers lines:
# (pattern, replacement, reason). Each must apply to some formula.
NUMBERING = [
    (r"\\begin\{equation\*?\}|\\end\{equation\*?\}", "",
     "latex2mathml 3.81.1 keeps the body of equation but neither numbers it nor knows equation*"),
    (r"\\(begin|end)\{gather\*?\}", r"\\\1{align*}",
     "latex2mathml does not know gather and writes its lines as one row; compared as align*, which it sets as a table"),
    (r"\\(label|tag\*?)\{[^{}]*\}|\\nonumber|\\notag", "",
     "latex2mathml prints \\label, \\nonumber and \\notag as text and sets \\tag inline; numbers are not compared"),
]

STYLES = {
    "bold": "BOLD", "italic": "ITALIC", "bold-italic": "BOLD ITALIC", "double-struck": "DOUBLE-STRUCK",
    "script": "SCRIPT", "fraktur": "FRAKTUR", "sans-serif": "SANS-SERIF", "monospace": "MONOSPACE",
}


def styled(character, variant):
    """`character` in a math alphabet, found by Unicode character name (not by our tables)."""
    style = STYLES.get(variant)
    if style is None:
        return character
    name = unicodedata.name(character, "")
    match = re.fullmatch(r"(?:LATIN|GREEK) (CAPITAL|SMALL) LETTER (\w+)|DIGIT (\w+)", name)
    if not match:
        return character
    shape = f"{match[1]} {match[2]}" if match[1] else f"DIGIT {match[3]}"
    if (style, shape) == ("ITALIC", "SMALL H"):
        return "\u210e"  # PLANCK CONSTANT stands in for the italic h
    for candidate in (f"MATHEMATICAL {style} {shape}", f"{style} {shape}",
                      f"{style.replace('FRAKTUR', 'BLACK-LETTER')} {shape}"):
        try:
            return unicodedata.lookup(candidate)
        except KeyError:
            pass
    return character


def parse(markup):
    # latex2mathml leaves the & of aligned unescaped, which no XML parser accepts.
    markup = re.sub(r"&(?!#?\w+;)", "&amp;", markup)
    return ET.fromstring(markup)


NUMBER = re.compile(r"\d*\.?\d+")


def drop_number_cells(root):
    """Our numbered formulas: the full-width table loses the cells around each row;
    a table left with one cell (equation, a plain formula) no longer counts as one."""
    for table in root.iter():
        if table.tag.rsplit("}", 1)[-1] != "mtable" or "width: 100%" not in table.get("style", ""):
            continue
        for row in list(table):
            cells = list(row)
            row.remove(cells[0])
            row.remove(cells[-1])
        if len(table) == 1 and len(table[0]) == 1:
            table.tag = "mrow"


def drop_their_numbers(root):
    """latex2mathml's align: the last cell of a row holding only "(n)"."""
    for row in root.iter():
        if row.tag.rsplit("}", 1)[-1] != "mtr" or not len(row):
            continue
        cell = row[-1]
        if len(cell) == 1 and cell[0].tag.rsplit("}", 1)[-1] == "mtext" and re.fullmatch(r"\(\d+\)", cell[0].text or ""):
            row.remove(cell)


def normalise(markup, theirs, alignment=False, numbered_align=False):
    """(symbols, numbers, layout) of one <math> element."""
    symbols, numbers, layout = [], [], {}
    root = parse(markup)
    if numbered_align:
        drop_their_numbers(root)
    else:
        drop_number_cells(root)
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag in ("mfrac", "msqrt", "mroot", "mtable"):
            layout[tag] = layout.get(tag, 0) + 1
        if tag not in ("mi", "mn", "mo", "mtext"):
            continue
        variant = element.get("mathvariant", "")
        text = "".join(styled(c, variant) for c in "".join(element.itertext()))
        text = "".join(SAME_SYMBOL.get(c, c) for c in text.replace("\u00a0", " "))
        text = "".join(text.split())
        if theirs and (text in THEIRS_ONLY or (alignment and text == "&")):
            continue
        if text:
            symbols.append(text)
            # latex2mathml writes ".5" as <mi>: a number is told by its text, not its element.
            if NUMBER.fullmatch(text):
                numbers.append(text)
    return "".join(symbols), numbers, layout


def formulas():
    """(TeX, display) for every formula of formulas.txt, in order; `$$…$$ {#id}` is display math."""
    for line in (FORMULAS / "formulas.txt").read_text(encoding="utf-8").split("\n"):
        if not line or line.startswith("#"):
            continue
        line = re.sub(r"\$\$ \{#[^{}]*\}$", "$$", line)
        if line.startswith("$$"):
            yield line[2:-2], True
        else:
            yield line[1:-1], False


def unnumbered(tex):
    """`tex` as latex2mathml is given it, and the NUMBERING rewrites that applied."""
    applied = []
    for pattern, replacement, why in NUMBERING:
        tex, count = re.subn(pattern, replacement, tex)
        if count:
            applied.append(why)
    return tex, applied


def main():
    verbose = "-v" in sys.argv[1:]
    if latex2mathml.__version__ != EXPECTED_VERSION:
        print(f"warning: latex2mathml {latex2mathml.__version__}, expected {EXPECTED_VERSION}")
    page = (FORMULAS / "formulas.html").read_text(encoding="utf-8")
    rows = [line for line in page.split("\n") if line.startswith("<tr><td>")]
    listed = list(formulas())
    if len(rows) != len(listed):
        print(f"formulas.html has {len(rows)} rows for {len(listed)} formulas: run the Swift tests first")
        return 1
    known = {tex: (wrong, right, why) for tex, wrong, right, why in KNOWN}
    agree, explained, unexpected, used, rewrites = 0, [], [], set(), set()
    for (tex, display), row in zip(listed, rows):
        ours_markup = row[row.index("<math"):row.rindex("</math>") + len("</math>")]
        ours = normalise(ours_markup, theirs=False)
        alignment = re.search(r"(?<!\\)&", tex) is not None
        given, reasons = unnumbered(tex)
        rewrites.update(reasons)
        theirs = normalise(convert(given, display="block" if display else "inline"), theirs=True, alignment=alignment,
                           numbered_align=r"\begin{align}" in given)
        if tex in known:
            wrong, right, why = known[tex]
            if wrong in theirs[0]:
                used.add(tex)
                numbers = [right.lstrip("+") if n == wrong.lstrip("+") else n for n in theirs[1]]
                theirs = (theirs[0].replace(wrong, right), numbers, theirs[2])
                reasons.append(why)
        if ours[2] != theirs[2] and tex in LAYOUT:
            reasons.append(LAYOUT[tex])
            used.add(tex)
            theirs = (theirs[0], theirs[1], ours[2])
        if ours == theirs:
            if reasons:
                explained.append((tex, reasons))
            else:
                agree += 1
        else:
            unexpected.append((tex, ours, theirs))
    print(f"{len(listed)} formulas: {agree} agree, {len(explained)} differ as listed, {len(unexpected)} differ unexpectedly")
    if verbose:
        for tex, reasons in explained:
            print(f"  listed: {tex}\n      " + "\n      ".join(reasons))
    for tex, ours, theirs in unexpected:
        print(f"  UNEXPECTED: {tex}")
        for label, index in (("symbols", 0), ("numbers", 1), ("layout", 2)):
            if ours[index] != theirs[index]:
                print(f"      {label}: ours {ours[index]}\n      {' ' * len(label)}  latex2mathml {theirs[index]}")
    stale = [tex for tex in list(known) + list(LAYOUT) if tex not in used]
    stale += [why for _, _, why in NUMBERING if why not in rewrites]
    for tex in stale:
        print(f"  STALE (listed, but no longer differs): {tex}")
    return 1 if unexpected or stale else 0


if __name__ == "__main__":
    sys.exit(main())
