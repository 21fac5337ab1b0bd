"""Clause ids, their labels in UN form, and citation strings."""

from __future__ import annotations

import re

from .clause import Clause

_ONES = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth")
_TENS_CARDINAL = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENS_ORDINAL = ("", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                 "eightieth", "ninetieth")

# "II.OP3": paragraph 3 of section II, in a resolution whose sections number their paragraphs afresh;
# "ANNEX.Art53.3": paragraph 3 of article 53 of an annexed convention; "ANNEX.Rule20.2", of rule 20 of annexed
# rules of procedure (documents/sections.py); "ANNEXII.3": paragraph 3 of annex II, where there are several
ID_PREFIX = r"(?:[IVXL]+\.)?(?:PP|OP|ANNEX(?:[IVX]+)?\.(?:(?:Art|Rule)\d{1,3}\.)?)"
ID_PATTERN = re.compile(rf"^({ID_PREFIX})(\d+)((?:\([a-z]+\))*)$")
CLAUSE_ID = rf"{ID_PREFIX}\d+(?:\([a-z]+\))*"  # as written in text: an answer's markers ("[II.OP3]")
ANNEX_PREFIX = re.compile(r"^ANNEX([IVX]*)\.(?:(Art|Rule)(\d+)\.)?$")
SECTION_LABEL = re.compile(r"^section ([IVXL]+), (.*)$")


def ordinal(n: int) -> str:
    """English ordinal word for 1..999 ("tenth", "twenty-first")."""
    if not 0 < n < 1000:
        raise ValueError(f"no ordinal word for {n}")
    hundreds, rest = divmod(n, 100)
    prefix = f"{_cardinal_hundreds(hundreds)} " if hundreds else ""
    if rest == 0:
        return prefix.strip() + "th"
    if rest < 10:
        return prefix + _ONES[rest]
    if rest < 20:
        return prefix + _TEENS[rest - 10]
    tens, ones = divmod(rest, 10)
    if ones == 0:
        return prefix + _TENS_ORDINAL[tens]
    return prefix + f"{_TENS_CARDINAL[tens]}-{_ONES[ones]}"


def _cardinal_hundreds(h: int) -> str:
    words = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    return f"{words[h]} hundred"


def split_id(clause_id: str) -> tuple[str, int, tuple[str, ...]]:
    """Split "OP4(k)" into ("OP", 4, ("k",)) and "II.OP3" into ("II.OP", 3, ()); raises ValueError for a malformed
    id."""
    match = ID_PATTERN.match(clause_id)
    if not match:
        raise ValueError(f"not a clause id: {clause_id!r}")
    prefix, number, subs = match.groups()
    return prefix, int(number), tuple(re.findall(r"\(([a-z]+)\)", subs))


def is_preambular(clause_id: str) -> bool:
    """"PP3", "II.PP1"."""
    return clause_id.startswith("PP") or ".PP" in clause_id


_PART = {"Art": "article", "Rule": "rule"}


def part_prefix(prefix: str, part: str) -> str:
    """The id prefix of a paragraph in a part numbered afresh: "II.OP" (section II), "ANNEX.Art53." (article 53)."""
    if not part:
        return prefix
    return f"{prefix}{part}." if part.startswith(("Art", "Rule")) else f"{part}.{prefix}"


def make_id(prefix: str, number: int, subs: tuple[str, ...] = ()) -> str:
    return f"{prefix}{number}" + "".join(f"({s})" for s in subs)


def clause_label(clause_id: str, numbered: bool = True) -> str:
    """Label in UN form: "preambular paragraph 10", "operative paragraph 4 (k)".

    Unnumbered operative paragraphs (a resolution whose operative part is one or more
    unnumbered paragraphs) are named by ordinal: "first operative paragraph".
    """
    prefix, number, subs = split_id(clause_id)
    section, _, prefix = prefix.partition(".") if prefix[0] in "IVXL" else ("", "", prefix)
    label = _label(prefix, number, subs, numbered)
    return f"section {section}, {label}" if section else label


def _label(prefix: str, number: int, subs: tuple[str, ...], numbered: bool) -> str:
    tail = "".join(f" ({s})" for s in subs)
    if prefix == "PP":
        return f"preambular paragraph {number}"
    annex = ANNEX_PREFIX.match(prefix)
    if annex:
        name = f"annex {annex.group(1)}" if annex.group(1) else "annex"
        if annex.group(2):
            name += f", {_PART[annex.group(2)]} {annex.group(3)}"
            if not numbered:
                return f"{name}{tail}" if number == 1 else f"{name}, {ordinal(number)} paragraph{tail}"
        return f"{name}, paragraph {number}{tail}"
    if not numbered:
        return f"{ordinal(number)} operative paragraph{tail}"
    return f"operative paragraph {number}{tail}"


def citation(symbol: str, clause: Clause) -> str:
    """The citation people write: "A/RES/72/179, para. 4 (k)", "A/RES/72/179, tenth preambular paragraph",
    "A/RES/78/253, sect. II, para. 3"."""
    label = clause.label
    section = SECTION_LABEL.match(label)
    if section:
        symbol, label = f"{symbol}, sect. {section.group(1)}", section.group(2)
    if label.startswith("preambular paragraph "):
        number = int(label.rsplit(" ", 1)[1])
        return f"{symbol}, {ordinal(number)} preambular paragraph"
    if label.startswith("operative paragraph "):
        return f"{symbol}, para. {label.removeprefix('operative paragraph ')}"
    if label.startswith("annex"):
        return f"{symbol}, {re.sub(r'paragraph (?=[0-9])', 'para. ', label.replace('article ', 'art. '))}"
    return f"{symbol}, {label}"


def qualified_id(symbol: str, clause_id: str) -> str:
    """Corpus-wide key of a clause: "A/RES/72/179#OP4(b)"."""
    return f"{symbol}#{clause_id}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def long_date(iso: str | None) -> str:
    """"2017-12-19" -> "19 December 2017", as the UN writes dates; "" when there is none."""
    try:
        year, month, day = (int(part) for part in (iso or "").split("-"))
        return f"{day} {_MONTHS[month - 1]} {year}"
    except (ValueError, IndexError):
        return iso or ""


def source_line(title: str, date: str | None) -> str:
    """A resolution as an answer names it beside a citation: "Protection of migrants, 19 December 2017"."""
    return ", ".join(part for part in (title, long_date(date)) if part)
