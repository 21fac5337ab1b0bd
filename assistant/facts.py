"""Questions that ask for a figure or a date, and whether a clause gives one.

A resolution states positions, not statistics: "How many migrants died in 2017?" retrieves clauses
about migrants, none of which gives a number. When a question asks for a quantity or a date and the
clause that would be cited has none, the clause does not answer it.
"""

from __future__ import annotations

import re

QUANTITY = "quantity"
DATE = "date"

_ASKS = {
    QUANTITY: re.compile(
        r"^\s*(?:how (?:many|much|long|often)\b|what (?:percentage|proportion|share|number|fraction|amount|sum)\b"
        r"|what is the (?:number|percentage|proportion|population|rate|amount|cost|price|budget|total)\b)", re.I),
    DATE: re.compile(
        r"^\s*(?:when (?:was|were|did|is|are|will|does|do)\b|in what year\b|what year\b|(?:on|by) what date\b"
        r"|what date\b|since when\b)", re.I),
}
_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                 r"hundred|thousand|million|billion|half|third|quarter|dozen|per ?cent|percentage|majority|"
                 r"first|second|twice")
_GIVES = {
    QUANTITY: re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.I),
    DATE: re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:January|February|March|April|May|June|July|August|"
                     r"September|October|November|December)\b|\bsessions?\b|\bannual(?:ly)?\b|\bbiennial\b"),
}


def asked_fact(question: str) -> str | None:
    """QUANTITY for "How many ...?", DATE for "When was ...?", else None."""
    return next((kind for kind, pattern in _ASKS.items() if pattern.search(question)), None)


def gives_fact(text: str, kind: str) -> bool:
    """Whether the text contains a figure (QUANTITY) or a date or session (DATE)."""
    return bool(_GIVES[kind].search(text))


def describe(kind: str) -> str:
    return {QUANTITY: "figures", DATE: "dates"}[kind]
