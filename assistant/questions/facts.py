"""Questions that ask for a figure, a date, a person or a country, and whether a clause gives one.

A resolution states positions, not statistics or biographies: "How many migrants died in 2017?"
retrieves clauses about migrants, none of which gives a number; "What is the name of the
Secretary-General?" retrieves the clauses that mention the office, none of which names its holder.
When a question asks for such a fact and the clause that would be cited has none, the clause does
not answer it.
"""

from __future__ import annotations

import re

from assistant.language.countries import names_a_country

QUANTITY = "quantity"
DATE = "date"
PERSON = "person"
COUNTRY = "country"
DEFINITION = "definition"
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
        r"|who (?:won|wrote|drafted|signed|chaired|presided|proposed|introduced|founded|leads|heads|chairs)\b"
        r"|who (?:will |should |must |would )?(?:pay|pays|paid|fund|funds|finance|finances)\b)", re.I),
    COUNTRY: re.compile(r"^\s*(?:in )?(?:which|what) (?:countr(?:y|ies)|nations?)\b", re.I),
    DEFINITION: re.compile(r"^\s*(?:how (?:does|do|did) .+? define\b|(?:does|do|did) .+? define\b"
                           r"|what (?:is|are) the definitions? of\b|what (?:does|do) .+? mean by\b)", re.I),
}
_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                 r"hundred|thousand|million|billion|half|quarter|dozen|per ?cent|percentage|majority|twice")
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_NUMBER = re.compile(rf"(?<![\w/.-])\d[\d,]*(?:\.\d+)?(?![\w/-]|\.\d)|\b(?:{_NUMBER_WORDS})\b(?!-)", re.I)
# What a number in a resolution usually is: part of a date, a year, a symbol ("70/147"), a numbered goal,
# target, paragraph or resolution, or an ordinal ("twenty-third session").
_IDENTIFIER_BEFORE = re.compile(rf"(?:{_MONTHS}|Goals?|targets?|paragraphs?|resolutions?|OC|decision|and|of)\s*$", re.I)
_IDENTIFIER_AFTER = re.compile(rf"^\s*(?:(?:to|and|-|–)\s*\d{{1,2}}\s+)?(?:{_MONTHS})\b")  # "from 10 to 12 December"


def _gives_count(text: str) -> bool:
    """Whether the text holds a count or share ("almost half", "232 million") and not only identifiers."""
    for match in _NUMBER.finditer(text):
        number = match.group()
        if number[0].isdigit():
            if re.fullmatch(r"1[89]\d\d|20\d\d", number) or _IDENTIFIER_AFTER.match(text[match.end():]):
                continue
            if _IDENTIFIER_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
                continue
        return True
    return False
_GIVES = {
    DEFINITION: re.compile(r"\b(?:means|is defined as|are defined as|shall mean|definition of|"
                           r"for the purposes? of (?:this|the present))\b", re.I),
    DATE: re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:January|February|March|April|May|June|July|August|"
                     r"September|October|November|December)\b|\bsessions?\b|\bannual(?:ly)?\b|\bbiennial\b"),
}


def asked_fact(question: str) -> str | None:
    """QUANTITY for "How many ...?", DATE for "When was ...?", DEFINITION for "How does it define ...?", and so on;
    None for other questions."""
    return next((kind for kind, pattern in _ASKS.items() if pattern.search(question)), None)


_HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Sir|Dame|H\.\s?E)\.?\s+[A-Z]")


# "the Domestic Workers Convention, 2011", "the Protocol of 1967", "the 2030 Agenda": the year is part of a name.
_INSTRUMENTS = (r"Convention|Protocol|Covenant|Agreement|Declaration|Charter|Compact|Agenda|Framework|Programme|"
                r"Plan|Act|Statute")
_TITLE_YEAR = re.compile(rf"\b(?P<before>{_INSTRUMENTS}),? (?:of )?(?:1[89]\d\d|20\d\d)\b"
                         rf"|\b(?:1[89]\d\d|20\d\d) (?P<after>{_INSTRUMENTS})\b")


def gives_fact(text: str, kind: str, question: str = "") -> bool:
    """Whether the text contains a figure, a date or session, a person (by honorific, or a State
    holding an office) or a country.

    A year inside a title dates that instrument only: it answers a question that names the title
    ("When was the Domestic Workers Convention adopted?"), not one about anything else it stands beside.
    """
    if kind == PERSON:
        return bool(_HONORIFIC.search(text)) or names_a_country(text)
    if kind == COUNTRY:
        return names_a_country(text)
    if kind == QUANTITY:
        return _gives_count(text)
    if kind == DATE:
        # years inside the title of an instrument the question does not name
        unasked = [m.span() for m in _TITLE_YEAR.finditer(text)
                   if not re.search(rf"\b{m.group('before') or m.group('after')}\b", question, re.I)]
        return any(not any(start <= m.start() < end for start, end in unasked) for m in _GIVES[DATE].finditer(text))
    return bool(_GIVES[kind].search(text))


def describe(kind: str) -> str:
    return {QUANTITY: "figures", DATE: "dates", PERSON: "names of people", COUNTRY: "countries",
            DEFINITION: "definition"}[kind]
