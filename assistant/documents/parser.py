"""Parse resolution text into clauses: `parse_resolution`."""

from __future__ import annotations

import re

from . import citation
from .clause import ANNEX, OPERATIVE, PREAMBULAR, SUBPARAGRAPH, Clause, Resolution
from .footnotes import FootnoteTracker
from .layout import strip_layout
from .metadata import find_date, find_symbol, find_title
from .sections import split_articles, split_sections
from .segmenter import segment
from .structure import RESOLVING, Paragraph, looks_operative, to_roman
from .wordrepair import repair_text

OPENING = re.compile(
    r"^The (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council"
    r"|Trusteeship Council|Conference|Assembly|Council)\s*[,.]?$"
)
# "58th plenary meeting", "3102nd meeting."; not body text that starts a line so ("2185th meeting, as contained in")
CLOSING = re.compile(r"^(?:\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\.?$|Adopted\b)")
ANNEX_HEADING = re.compile(r"^Annex(?:es)?(?:\s+[IVX]+)?$")


class NotAResolution(ValueError):
    """The text has no preambular or operative structure."""


def parse_resolution(raw: str, symbol: str | None = None, title: str | None = None,
                     date: str | None = None) -> Resolution:
    """Parse PDF-extracted resolution text; metadata given here wins over what the text says."""
    layout = strip_layout(raw)
    lines = list(layout.lines)
    opening = next((i for i, s in enumerate(lines[:200]) if OPENING.match(s)), None)
    start = opening + 1 if opening is not None else _body_start(lines)
    closing = next((i for i in range(start, len(lines)) if CLOSING.match(lines[i])), len(lines))
    body = [paragraph for section, part in split_sections(lines[start:closing])
            for paragraph in _in_section(segment(part), section)]
    for prefix, part in _annexes(lines, closing):
        body += [paragraph for article, text in split_articles(part)
                 for paragraph in _in_section(segment(text, prefix=prefix, preamble=False), article)]
    head = lines[:opening if opening is not None else start]
    symbol = symbol or find_symbol(raw)
    if not symbol:
        raise NotAResolution("no document symbol found in the text; pass one (--symbol)")
    clauses = _clauses(body, FootnoteTracker(layout.notes))
    if not clauses or (opening is None and not _looks_operative_part(body)):
        raise NotAResolution("no preambular or operative paragraphs found: this does not look like a resolution")
    return Resolution(symbol, title or find_title(head, symbol), date or find_date(raw), tuple(clauses))


def _annexes(lines: list[str], closing: int) -> list[tuple[str, list[str]]]:
    """The annexes after the closing line, as (id prefix, lines): "Annex I", "Annex II", ... each its own
    ("ANNEXI.", "ANNEXII.": the Pact for the Future's Global Digital Compact and Declaration on Future Generations,
    79/1, numbered from 1 each); else one annex from the first heading on ("ANNEX.")."""
    headings = [i for i in range(closing, len(lines)) if ANNEX_HEADING.match(lines[i])]
    numbered = _numbered_annexes(lines, headings)
    if len(numbered) >= 2:
        bounds = numbered + [len(lines)]
        return [(f"ANNEX{lines[i].split()[-1]}.", lines[i + 1:bounds[k + 1]]) for k, i in enumerate(numbered)]
    return [("ANNEX.", lines[headings[0] + 1:])] if headings else []


def _numbered_annexes(lines: list[str], headings: list[int]) -> list[int]:
    """Rows of "Annex I", "Annex II", ... in order."""
    found = []
    for i in headings:
        if lines[i] == f"Annex {to_roman(len(found) + 1).upper()}":
            found.append(i)
    return found


def _body_start(lines: list[str]) -> int:
    """Without an opening line ("The General Assembly,"), the body starts after the title line."""
    start = 0
    for i, s in enumerate(lines[:40]):
        if re.match(r"^\d+ \(\d{4}\)\.? Resolution of", s) or re.match(r"^\d+/\d+\.\s", s):
            # "[S/318]" under the heading: the document it was issued as, not the text
            return i + 2 if i + 1 < len(lines) and re.match(r"^\[S/[^\]]+\]$", lines[i + 1]) else i + 1
        # "Resolution 462 (1980)", "RESOLUTION 768 (1992)" / "Adopted by the Security Council at its 3102nd
        # meeting on 30 July 1992": the heading of a Security Council text that has no opening line
        if re.match(r"^Resolution \d+ \(\d{4}\)$", s, re.I) or re.match(r"^Adopted by the Security Council at", s):
            start = i + 1
        elif start == i and re.match(r"^of \d{1,2} \w+ \d{4}$", s):  # the heading's date, on a line of its own
            start = i + 1
    return start


def _looks_operative_part(body: list[Paragraph]) -> bool:
    """Without an opening line, demand numbered paragraphs that mostly open with an operative verb, or a resolving
    formula ("Now, therefore, the Security Council ... resolves to approve the following terms", S/RES/21 (1947))."""
    ops = [p for p in body if p.prefix == "OP" and not p.subs and p.lines]
    if any(RESOLVING.match(p.lines[0]) for p in ops):
        return True
    verbs = sum(looks_operative(p.lines[0]) or looks_operative(" ".join(p.lines[:2]).split(" ", 3)[-1]) for p in ops)
    return len(ops) >= 1 and verbs * 2 >= len(ops)


def _in_section(paragraphs: list[Paragraph], section: str) -> list[Paragraph]:
    for paragraph in paragraphs:
        paragraph.section = section
    return paragraphs


def _clauses(body: list[Paragraph], tracker: FootnoteTracker) -> list[Clause]:
    clauses = []
    for p in body:
        prefix = citation.part_prefix(p.prefix, p.section)
        clause_id = citation.make_id(prefix, p.number, p.subs)
        text, notes = tracker.extract(join_lines(p.lines))
        parent = citation.make_id(prefix, p.number, p.subs[:-1]) if p.subs else None
        clauses.append(Clause(clause_id, _kind(p), citation.clause_label(clause_id, p.numbered),
                              repair_text(text), parent, notes))
    return clauses


def _kind(p: Paragraph) -> str:
    if p.prefix == "PP":
        return PREAMBULAR
    if p.prefix.startswith("ANNEX"):
        return ANNEX
    return SUBPARAGRAPH if p.subs else OPERATIVE


def join_lines(lines: list[str]) -> str:
    """Join a paragraph's lines; a line ending in a hyphen joins the next without a space ("well-\\nmanaged")."""
    text = ""
    for line in lines:
        line = line.strip()
        if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and line[:1].isalpha():
            text += line
        else:
            text = f"{text} {line}" if text else line
    return text
