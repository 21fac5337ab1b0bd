"""Resolutions a question names ("resolution 74/148", "S/RES/678 (1990)"), and whether it asks about them.

"What does resolution 74/148 say about detention?" asks about 74/148: only its paragraphs may answer, and if
it is not indexed, none may. "Does the resolution recall resolution 70/147?" names 70/147 as something the
text refers to: every indexed paragraph may answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SYMBOL = re.compile(
    r"\b(?P<full>[AS]/(?:HRC/)?RES/[\w.-]+(?:/\d+)?(?:\s?\(\d{4}\))?)"
    r"|\b(?P<body>Human Rights Council|Security Council|General Assembly|HRC|GA|SC)?\s*"
    r"\bresolutions?\s+(?P<number>\d{1,3}/\d{1,4}|\d{1,4}\s?\(\d{4}\)|\d{2,4})(?![\d/])"
    r"|(?<![\w/.])(?!24/7\b)(?P<bare>\d{2,3}/\d{1,4})(?![\w/])",  # "What does 74/148 say ...?"; not "24/7"
    re.I,
)
# Words that make a named resolution the object of the question, not its subject.
_REFERRED_BEFORE = re.compile(
    r"\b(?:recall\w*|reaffirm\w*|mention\w*|refer\w*|cit(?:e|es|ed|ing)|not(?:e|es|ed|ing)|welcom\w*|"
    r"acknowledg\w*|endors\w*|implement\w*|follow(?:s|ed|ing|-up)?|build\w*|pursuant|remind\w*|"
    r"replac\w*|supersed\w*|updat\w*|succeed\w*)\b(?:\W+\w+){0,5}\W*$", re.I)
# "... mentioned in resolution 76/172", "recalled by", "paragraph 4 of": the resolution holds the words asked about.
_CONTAINER_BEFORE = re.compile(r"\b(?:in|by|of|within|under|from|according to)(?:\s+the)?\s*$"
                               r"|^\s*(?:for|on)(?:\s+the)?\s*$", re.I)  # "For resolution 74/148, what ...?"
_REFERRED_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,5}?(?:recalled|reaffirmed|mentioned|referred|cited|noted|welcomed|acknowledged|"
    r"endorsed|implemented|replaced|superseded|updated|quoted)\b", re.I)


@dataclass(frozen=True)
class NamedResolution:
    """A resolution named in a question.

    symbol: normalised ("A/RES/74/148", "S/RES/678 (1990)"; "S/RES/678" when no year was given).
    subject: the question asks what this resolution says, not whether another refers to it.
    """

    symbol: str
    subject: bool


def named_resolutions(question: str) -> list[NamedResolution]:
    """Every resolution the question names, in order, without duplicates."""
    found: dict[str, bool] = {}
    for match in _SYMBOL.finditer(question):
        symbol = _normalise(match)
        before = question[:match.start()]
        referred = not _CONTAINER_BEFORE.search(before) and (
            _REFERRED_BEFORE.search(before) or _REFERRED_AFTER.search(question[match.end():]))
        found[symbol] = found.get(symbol, False) or not referred
    return [NamedResolution(symbol, subject) for symbol, subject in found.items()]


_AUXILIARY_BEFORE = re.compile(r"\b(?:does|do|did|is|was|has)\s*$", re.I)


def without_asked(question: str) -> str:
    """The question without the resolutions it asks about ("in resolution 74/148" included): left in, the
    symbol would match every paragraph that cites one, and "Where is X mentioned in ...?" would take it as
    part of X."""
    asked = {n.symbol for n in named_resolutions(question) if n.subject}
    spans = [m.span() for m in _SYMBOL.finditer(question) if _normalise(m) in asked]
    for start, end in reversed(spans):
        container = _CONTAINER_BEFORE.search(question[:start])
        start = container.start() if container else start
        # "What does resolution 74/148 say about X?" keeps a subject: "What does it say about X?"
        subject = " it " if _AUXILIARY_BEFORE.search(question[:start]) else " "
        question = question[:start] + subject + question[end:]
    question = re.sub(r"\s+([?.,;!])", r"\1", " ".join(question.split()))
    return re.sub(r"^[,;:\-–—]+\s*", "", question)  # "In resolution 74/148, which ...?" leaves ", which ...?"


def first_symbol(text: str) -> str | None:
    """The first resolution the text names, normalised."""
    match = _SYMBOL.search(text)
    return _normalise(match) if match else None


def _normalise(match: re.Match) -> str:
    if match.group("full"):
        return _spaced_year(match.group("full").upper())
    if match.group("bare"):
        return f"A/RES/{match.group('bare')}"
    number, body = match.group("number"), (match.group("body") or "").lower()
    if "/" in number:
        return f"A/HRC/RES/{number}" if body in ("human rights council", "hrc") else f"A/RES/{number}"
    return "S/RES/" + _spaced_year(number)


def _spaced_year(symbol: str) -> str:
    """"S/RES/678(1990)" -> "S/RES/678 (1990)", as the UN writes it."""
    return re.sub(r"\s*\((\d{4})\)", r" (\1)", symbol)


def same_resolution(named: str, indexed: str) -> bool:
    """Whether a named symbol is an indexed one; "S/RES/678" (no year given) matches "S/RES/678 (1990)"."""
    named, indexed = named.upper(), indexed.upper()
    return named == indexed or ("(" not in named and indexed.split(" (")[0] == named)


def asked_documents(question: str, documents: list[str]) -> tuple[list[str], list[str]]:
    """(indexed documents the question asks about, named subjects that are not indexed)."""
    inside, outside = [], []
    for named in named_resolutions(question):
        if not named.subject:
            continue
        matches = [doc for doc in documents if same_resolution(named.symbol, doc)]
        inside += [doc for doc in matches if doc not in inside]
        if not matches:
            outside.append(named.symbol)
    return inside, outside
