"""Resolutions in sections that number their paragraphs afresh: "I", a title, a preamble, 1., 2.; "II", ...

The budget resolutions ("Special subjects relating to the proposed programme budget", 78/253: 26 sections) and the
oversight and peacekeeping-support ones (78/247, 79/298) are so built; they are cited "section II, paragraph 3 of
resolution 78/253". Each section is segmented on its own, its clause ids carrying the section ("II.OP3"). A
resolution whose sections only group paragraphs numbered straight through (78/68: "II" before paragraph 14) is not
split here; its headings are dropped by the segmenter.
"""

from __future__ import annotations

import re

from .structure import NUMBERED

ROMAN_LINE = re.compile(r"^([IVXL]+)\.?$")
TITLE_LINES = 4  # a section title runs to its first blank line: up to three lines in 78/253 ("XI Revised ...")
_NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
             "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII",
             "XXIX", "XXX", "XXXI", "XXXII", "XXXIII", "XXXIV", "XXXV", "XXXVI", "XXXVII", "XXXVIII", "XXXIX", "XL"]


def split_sections(lines: list[str]) -> list[tuple[str, list[str]]]:
    """The body as (section numeral, its lines after the heading); [("", lines)] when the numbering never starts
    again at 1 after a section numeral ("I", "II", ... in order, each alone on a line)."""
    starts = _numeral_lines(lines)
    if len(starts) < 2 or not _restarts(lines, starts):
        return [("", lines)]
    bounds = starts + [len(lines)]
    parts = [("", lines[:starts[0]])] if any(lines[:starts[0]]) else []
    for i, start in enumerate(starts):
        parts.append((_NUMERALS[i], _after_title(lines[start + 1:bounds[i + 1]])))
    return parts


def _numeral_lines(lines: list[str]) -> list[int]:
    """Rows of "I", "II", "III", ... alone on a line, in order (a numeral out of order is not a section's)."""
    found = []
    for row, line in enumerate(lines):
        match = ROMAN_LINE.match(line)
        if match and len(found) < len(_NUMERALS) and match.group(1) == _NUMERALS[len(found)]:
            found.append(row)
    return found


def _restarts(lines: list[str], starts: list[int]) -> bool:
    """Whether the first numbered paragraph after a later section's numeral is 1 (numbering begins again)."""
    for start, end in zip(starts[1:], starts[2:] + [len(lines)]):
        first = next((NUMBERED.match(s) for s in lines[start + 1:end] if NUMBERED.match(s)), None)
        if first is not None:
            return first.group(1) == "1"
    return False


def _after_title(lines: list[str]) -> list[str]:
    """A section's lines without its title: the non-blank lines up to the first blank one after them."""
    row = next((i for i, s in enumerate(lines) if s), len(lines))
    end = next((i for i in range(row, min(len(lines), row + TITLE_LINES)) if not lines[i]), None)
    return lines[end:] if end is not None else lines[row:]
