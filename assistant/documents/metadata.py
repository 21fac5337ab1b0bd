"""Document symbol, title and adoption date as the text states them."""

from __future__ import annotations

import difflib
import re
from datetime import date

from assistant.language.words import MONTH_PATTERN, month_number

_DATE = rf"(\d{{1,2}})\s+({MONTH_PATTERN})\s+(\d{{4}})"
_MASTHEAD = re.compile(
    r"^(United Nations|General Assembly|Security Council|Distr\.|Original|Agenda item|Resolution adopted|"
    r"\[|on \d|\d{1,2} \w+ \d{4}$|[A-Z][a-z]+(-[a-z]+)? session$|Adopted by|of \d|RESOLUTION|Resolution \d)"
)


def find_symbol(raw: str) -> str | None:
    """"A/RES/74/148" from the masthead or the "74/148." title line; "S/RES/242 (1967)" for the Council."""
    head = raw[:3000]
    patterns = (
        (r"^\s*(A/(?:HRC/)?RES/[\w-]+/\d+(?: ?[A-Z]\b)?)\s*$", lambda m: m.group(1)),
        (r"^\s*(A/C\.\d/\d+/L\.\d+(?:/Rev\.\d+)?)\s*$", lambda m: m.group(1)),
        (r"^\s*(\d{1,3})/(\d{1,4})\.\s+\S", lambda m: f"A/RES/{m.group(1)}/{m.group(2)}"),
        (r"^\s*(?:Resolution|RESOLUTION)\s+(\d+)\s*\((\d{4})\)", lambda m: f"S/RES/{m.group(1)} ({m.group(2)})"),
        (r"^\s*(\d+)\s*\((\d{4})\)\.?\s+Resolution of", lambda m: f"S/RES/{m.group(1)} ({m.group(2)})"),
    )
    for pattern, build in patterns:
        match = re.search(pattern, head, re.M)
        if match:
            return build(match)
    return None


def symbol_from_filename(stem: str) -> str | None:
    """A_RES_74_148 -> A/RES/74/148; S_RES_0242_1967_EN_GOLD -> S/RES/242 (1967)."""
    match = re.match(r"^S_RES_0*(\d+)_(\d{4})", stem)
    if match:
        return f"S/RES/{match.group(1)} ({match.group(2)})"
    match = re.match(r"^A_RES_(\d+)([A-Z])_([IVXL]+)", stem)
    if match:
        return f"A/RES/{match.group(1)} {match.group(2)} ({match.group(3)})"
    match = re.match(r"^A_RES_([\w-]+?)_(\d+)", stem)
    if match:
        return f"A/RES/{match.group(1)}/{match.group(2)}"
    return None


def find_title(head: list[str], symbol: str | None) -> str:
    """The title line ("74/148. Protection of migrants"), or the last plain line before the opening."""
    for i, line in enumerate(head):
        match = re.match(r"^\d+/\d+\.\s+(.+)$", line)
        if match:
            wrapped = [match.group(1), *_until_blank(head[i + 1:])]
            if wrapped[-1].rstrip().endswith((";", ":")):  # "79/243. United Nations Convention against Cybercrime;"
                rest = head[i + 1 + len(wrapped) - 1:]  # / blank lines / "Strengthening International ..."
                wrapped += _until_blank(rest[next((k for k, s in enumerate(rest) if s), len(rest)):])
            return " ".join(wrapped).strip()
    plain = [s for s in head if s and not _MASTHEAD.match(s) and not re.match(r"^[AS]/", s) and _heading_like(s)]
    if plain:
        return plain[-1]
    return f"Security Council resolution {symbol.removeprefix('S/RES/')}" if symbol and symbol.startswith("S/") else (symbol or "")


def _heading_like(line: str) -> bool:
    """A line that can be a title: not "26 (1947). Resolution of 4 June 1947" (a heading that numbers and dates the
    text), nor a line of body text before a late opening line ("To this end,", "... by the Genera")."""
    return not (re.match(r"^\d+ \(\d{4}\)\.? Resolution of|^\d+(?:st|nd|rd|th) meeting|^[(\[“\"]|^Whereas\b", line)
                or re.search(r"[,;.]$|\b(?:the|of|and|or|to|in|by|a|an|that|which|for|with|on|at)$", line)
                or line[:1].islower() or not 3 <= len(line) <= 150
                or re.match(r"^\w{1,3} \d{1,2} \w+ \d{4}$", line))


def _until_blank(lines: list[str]) -> list[str]:
    out = []
    for s in lines:
        if not s or s.startswith("The "):
            break
        out.append(s)
    return out


def find_date(raw: str) -> str | None:
    """Adoption date as ISO 8601, from "adopted by the General Assembly on ...", the closing or the Council heading."""
    text = re.sub(r"\s+", " ", raw)
    patterns = (
        r"Resolution adopted by the [A-Za-z ]+? on " + _DATE,
        r"\d+(?:st|nd|rd|th) plenary meeting " + _DATE,
        r"^\S*\s*(?:Resolution \d+ \(\d{4}\) )?of " + _DATE,
        r"Resolution of " + _DATE,
        r"Adopted by the Security Council at its \w+ meeting, on " + _DATE,
    )
    for pattern in patterns:
        match = re.search(pattern, text[:4000] if "plenary" not in pattern else text)
        if match:
            day, month, year = match.groups()
            return date(int(year), month_number(month), int(day)).isoformat()
    return None


SERIES_RATIO = 0.9  # title likeness (difflib, characters) for two resolutions to be one series
_TITLE_NUMBER = re.compile(r"^\s*\d+/\d+\.\s*")


def title_key(title: str | None) -> str:
    """A title as series compare it: its "80/218." number dropped, lowercased, spaces collapsed."""
    return " ".join(_TITLE_NUMBER.sub("", title or "").lower().split())


def similar_title(matcher: difflib.SequenceMatcher, key: str) -> bool:
    """Whether `key` (a title_key) is the title the matcher holds as its second sequence, give or take a word or
    two, or under one main title with this year's theme after a colon ("Global health and foreign policy: ...");
    the two quick upper bounds first (among 900 titles, most fail them)."""
    main = _main_title(key)
    if main and main == _main_title(matcher.b):
        return True
    matcher.set_seq1(key)
    return (matcher.real_quick_ratio() >= SERIES_RATIO and matcher.quick_ratio() >= SERIES_RATIO
            and matcher.ratio() >= SERIES_RATIO)


def same_series(title_a: str | None, title_b: str | None) -> bool:
    """Whether two titles name one series ("Financing of the United Nations Interim Force in Lebanon" is not "...
    Interim Security Force for Abyei", "World Cleanup Day" not "World Lake Day", though their paragraphs may read
    word for word alike)."""
    return similar_title(difflib.SequenceMatcher(None, "", title_key(title_b)), title_key(title_a))


def _main_title(key: str) -> str:
    """The title before a colon that a theme follows, else ""."""
    return key.split(": ", 1)[0] if ": " in key else ""
