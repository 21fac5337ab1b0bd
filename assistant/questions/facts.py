"""Questions that ask for a figure, a date, a person, a country, an organization or a definition (search/facts.py says
whether a clause gives one).

A resolution states positions, not statistics or biographies: "How many migrants died in 2017?"
retrieves clauses about migrants, none of which gives a number; "What is the name of the
Secretary-General?" retrieves the clauses that mention the office, none of which names its holder.
When a question asks for such a fact and the clause that would be cited has none, the clause does
not answer it.
"""

from __future__ import annotations

import re

QUANTITY = "quantity"
DATE = "date"
PERSON = "person"
COUNTRY = "country"
DEFINITION = "definition"
FUNDING = "funding"  # "Who pays for ...?": a source of money (voluntary contributions, the regular budget), not a person
ORGANIZATION = "organization"  # "Which UN agency ...?": a body named (the Food and Agriculture Organization)
_OFFICES = (r"president|chair(?:person|man|woman)?|head|secretary-general|director(?:-general)?|"
            r"(?:special )?rapporteur|high commissioner|(?:prime )?minister|leader|ambassador|envoy|author")

_ASKS = {
    QUANTITY: re.compile(
        r"^\s*(?:how (?:many|much|long|often)\b|what (?:percentage|proportion|share|number|fraction|amount|sum)\b"
        r"|what (?:is|was|are|were) the (?:\w+ )?(?:number|percentage|proportion|population|rate|amount|cost|price|budget|total)\b)"
        # "Does it say how long ...?", "Does it tell States how many ...?", "Does it give a number for ...?"
        r"|^\s*(?:does|do|did)\b.*?\b(?:say|tell|specify|state|set|give|indicate|fix)\w*\b.*?\b(?:how (?:many|much|long|often)"
        r"|an? (?:number|figure|amount|percentage|quota|limit))\b", re.I),
    DATE: re.compile(
        r"^\s*(?:when (?:was|were|did|is|are|will|does|do)\b|in what year\b|what year\b|(?:on|by) what date\b"
        r"|what date\b|since when\b)", re.I),
    PERSON: re.compile(
        r"^\s*(?:what (?:is|was|are|were) the names? of\b"
        rf"|who (?:is|was|are|were) (?:the )?(?:current |present |new |former )?(?:{_OFFICES})s?\b"
        r"|who (?:won|wrote|drafted|signed|chaired|presided|proposed|introduced|founded|leads|heads|chairs)\b)", re.I),
    FUNDING: re.compile(r"^\s*who (?:will |should |must |would )?(?:pay|pays|paid|fund|funds|finance|finances)\b",
                        re.I),
    # before COUNTRY: "Which United Nations agency ...?" is not a question about nations; not "which bodies": a
    # Special Rapporteur or a treaty body's Chair is one, named by an office rather than an organization's name
    ORGANIZATION: re.compile(r"^\s*(?:in |by )?(?:which|what) (?:(?:un|united nations|international|specialized) )*"
                             r"(?:agency|agencies|organi[sz]ations?|entit(?:y|ies))\b", re.I),
    # "Which two governments offered ...?": a government is named by its country's name
    COUNTRY: re.compile(r"^\s*(?:in )?(?:which|what) (?:(?:two|three|four|five|\d) )?"
                        r"(?:(?!(?:are|is|was|were|do|does|did|should|shall|can|could|must|will|would|have|has|had|may|"
                        r"might)\b)[a-z]+-?[a-z]+ )?"
                        r"(?:countr(?:y|ies)|nations?|governments?)\b", re.I),
    DEFINITION: re.compile(r"^\s*(?:how (?:does|do|did) .+? define\b|(?:does|do|did) .+? define\b"
                           r"|what (?:is|are) the definitions? of\b|what (?:does|do) .+? mean by\b)", re.I),
}


def asked_fact(question: str) -> str | None:
    """QUANTITY for "How many ...?", DATE for "When was ...?", DEFINITION for "How does it define ...?", and so on;
    None for other questions."""
    return next((kind for kind, pattern in _ASKS.items() if pattern.search(question)), None)


# "the Domestic Workers Convention, 2011", "the Protocol of 1967", "the 2030 Agenda": the year is part of a name.
INSTRUMENTS = (r"Convention|Protocol|Covenant|Agreement|Declaration|Charter|Compact|Agenda|Framework|Programme|"
                r"Plan|Act|Statute")
_INSTRUMENT = re.compile(rf"\b(?:{INSTRUMENTS})\b", re.I)


def instruments_named(question: str) -> frozenset[str]:
    """The kinds of instrument the question names ("convention" in "When was the Domestic Workers Convention
    adopted?"), lowercase: a year in their title dates what the question asks about."""
    return frozenset(m.group().lower() for m in _INSTRUMENT.finditer(question))


# "How many fellows per year ...?" counts fellows: a paragraph whose figures count officials, States or years does
# not answer it. The words between "how many" and the first function word name what is counted.
_COUNTED = re.compile(r"^\s*how many ((?:[a-z][a-z'-]* ?){1,3})", re.I)
_NOT_COUNTED = frozenset(("of", "per", "in", "to", "for", "are", "is", "was", "were", "do", "does", "did", "have",
                          "has", "had", "will", "would", "can", "could", "should", "must", "may", "still", "the", "a",
                          "an", "that", "who", "which", "at", "on", "by", "from", "with", "each"))


def counted_words(question: str) -> tuple[str, ...]:
    """The words naming what "How many ...?" counts ("snow leopards" in "How many snow leopards are left?"), lowercase;
    () for other questions."""
    match = _COUNTED.match(question)
    if not match:
        return ()
    words = []
    for word in match.group(1).lower().split():
        if word in _NOT_COUNTED:
            break
        words.append(word)
    return tuple(words)
