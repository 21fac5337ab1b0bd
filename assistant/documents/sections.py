"""Texts in parts that number their paragraphs afresh: a resolution's sections ("I", a title, a preamble, 1., 2.;
"II", ...), an annexed convention's articles ("Article 53", a title, 1., 2.) and a conference's rules of procedure
("Rule 20", a title, 1., 2.).

The budget resolutions ("Special subjects relating to the proposed programme budget", 78/253: 26 sections) and the
oversight and peacekeeping-support ones (78/247, 79/298) are so built; they are cited "section II, paragraph 3 of
resolution 78/253". Each section is segmented on its own, its clause ids carrying the section ("II.OP3"). A
resolution whose sections only group paragraphs numbered straight through (78/68: "II" before paragraph 14) is not
split here; its headings are dropped by the segmenter. A convention's articles (the Convention against Cybercrime
annexed to 79/243: 68 articles) are cited "article 53, paragraph 3, of the Convention", their ids "ANNEX.Art53.3";
the rules of procedure annexed to 78/128 and 78/327 "rule 20, paragraph 2", "ANNEXIII.Rule20.2" (their annex III).
"""

from __future__ import annotations

import re

from .structure import NUMBERED, to_roman

ROMAN_LINE = re.compile(r"^([IVXL]+)\.?$")
ARTICLE_LINE = re.compile(r"^(Article|Rule) (\d{1,3})\.?$")
# a chapter's heading between articles ("Chapter II" / "Criminalization", "V." / "Opening of the Conference"): not
# the text of the article before it
CHAPTER_LINE = re.compile(r"^(?:(?:Chapter|CHAPTER|Part|PART) )?[IVXL]+\.?$")
MIN_ARTICLES = 3
TITLE_LINES = 4  # a section title runs to its first blank line: up to three lines in 78/253 ("XI Revised ...")
_NUMERALS = [to_roman(n).upper() for n in range(1, 41)]  # "I" ... "XL"


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
    row, end = _title_span(lines)
    return lines[end:] if end is not None else lines[row:]


def _title_span(lines: list[str]) -> tuple[int, int | None]:
    """The first non-blank row, and the blank row ending a title begun there (None past TITLE_LINES)."""
    row = next((i for i, s in enumerate(lines) if s), len(lines))
    return row, next((i for i in range(row, min(len(lines), row + TITLE_LINES)) if not lines[i]), None)


def split_articles(lines: list[str]) -> list[tuple[str, list[str]]]:
    """An annex as (part, its lines): what comes before "Article 1" (part ""), then each article ("Art1", ...)
    or rule ("Rule1", ...) without its heading, title or a chapter heading after it; [("", lines)] with fewer than
    MIN_ARTICLES articles numbered in order from 1."""
    starts, kind = [], None
    for row, line in enumerate(lines):
        match = ARTICLE_LINE.match(line)
        if match and int(match.group(2)) == len(starts) + 1 and match.group(1) == (kind or match.group(1)):
            starts.append(row)
            kind = match.group(1)
    if len(starts) < MIN_ARTICLES:
        return [("", lines)]
    name = "Art" if kind == "Article" else kind
    bounds = starts + [len(lines)]
    parts = [("", _before_chapter(lines[:starts[0]]))] if any(lines[:starts[0]]) else []
    for i, start in enumerate(starts):
        body = _before_chapter(lines[start + 1:bounds[i + 1]])
        parts.append((f"{name}{i + 1}", _after_heading(body)))
    return parts


def _before_chapter(lines: list[str]) -> list[str]:
    chapter = next((row for row, line in enumerate(lines) if CHAPTER_LINE.match(line)), len(lines))
    return lines[:chapter]


def _after_heading(lines: list[str]) -> list[str]:
    """An article's lines without its title: short unpunctuated lines before a blank one ("Use of terms"); an
    article whose text follows at once (the Universal Declaration's "Article 1." / "All human beings ...") keeps
    it."""
    row, end = _title_span(lines)
    title = lines[row:end] if end is not None else []
    if not title or any(len(s) > 90 or s.rstrip().endswith((".", ";", ":", ",")) for s in title):
        return lines[row:]
    return lines[end:]
