"""Whether a clause gives the figure, date, person, country or definition a question asks for
(questions/facts.py reads which).

A resolution states positions, not statistics or biographies: "How many migrants died in 2017?"
retrieves clauses about migrants, none of which gives a number. When a question asks for such a fact and the
clause that would be cited has none, the clause does not answer it; and among clauses that score alike, the one
that gives it is the likelier answer (`facts_first`).
"""

from __future__ import annotations

import re

from assistant.language.countries import names_a_country
from assistant.language.stems import lower_words, stem_words
from assistant.language.words import MONTH_PATTERN, NUMBER_WORDS
from assistant.questions.facts import COUNTRY, DATE, DEFINITION, FUNDING, INSTRUMENTS, ORGANIZATION, PERSON, QUANTITY
from assistant.questions.question import Question

from .passage import Passage

_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS)) + r"|half|quarter|dozen|per ?cent|percentage|majority|twice"
_MONTHS = MONTH_PATTERN
# a comma only between digits ("232,000"), not after a year ("since 1975, and")
_NUMBER = re.compile(rf"(?<![\w/.-])\d(?:[\d,]*\d)?(?:\.\d+)?(?![\w/-]|\.\d)|\b(?:{_NUMBER_WORDS})\b(?!-)", re.I)
# What a number in a resolution usually is: part of a date, a year, a symbol ("70/147"), a numbered goal,
# target, paragraph, article or resolution, or an ordinal ("twenty-third session").
_IDENTIFIER_BEFORE = re.compile(rf"(?:{_MONTHS}|Goals?|targets?|paragraphs?|articles?|resolutions?|OC|decision|and)\s*$",
                                re.I)
_IDENTIFIER_AFTER = re.compile(rf"^\s*(?:(?:to|and|-|–)\s*\d{{1,2}}\s+)?(?:{_MONTHS})\b")  # "from 10 to 12 December"


COUNTED_WITHIN = 4  # the words after a count that name what it counts ("20 fellowships", "nine Annex 2 States")
_AFTER_CHARS = 160  # enough for COUNTED_WITHIN words
_ELIDED = frozenset(("whose", "who", "which", "that", "of"))  # "the nine whose ratification is needed": States


def _gives_count(text: str, counted: tuple[str, ...] = ()) -> bool:
    """Whether the text holds a count or share ("almost half", "232 million") and not only identifiers; with
    `counted` (the words of "How many fellows ...?"), one followed closely by one of those words (stems compared),
    or with its noun left out ("the nine whose ratification is needed", "nine of them")."""
    wanted = set(stem_words(list(counted)))
    for match in _NUMBER.finditer(text):
        number = match.group()
        if number[0].isdigit():
            if re.fullmatch(r"1[89]\d\d|20\d\d", number) or _IDENTIFIER_AFTER.match(text[match.end():]):
                continue
            if _IDENTIFIER_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
                continue
        if not wanted:
            return True
        # the next few words only: the rest of a long paragraph, split at each of its figures, is never read
        after = lower_words(text[match.end():match.end() + _AFTER_CHARS])[:COUNTED_WITHIN]
        if wanted & set(stem_words(after)) or after[:1] and after[0] in _ELIDED:
            return True
    return False


_GIVES = {
    # "by any means", "by peaceful means" are ways, not definitions
    DEFINITION: re.compile(r"(?<!\bany )(?<!\ball )(?<!\bno )(?<!\bother )(?<!\bpeaceful )(?<!\bby )"
                           r"\b(?:means|is defined as|are defined as|shall mean|definition of|"
                           r"for the purposes? of (?:this|the present))\b", re.I),
    # who pays: contributions, a budget, a fund, costs met or financed ("resources" alone is too common to say so)
    # ("a contribution to", "financial inclusion" and "in an appropriate manner" are not money paid)
    FUNDING: re.compile(r"\b(?:voluntary contributions?|contributions|budget\w*|funds?|funded|funding|"
                        r"financ(?:e|ed|es|ing)|costs?|expenditures?|appropriat(?:es|ed|ions?)|to appropriate|"
                        r"donors?|extrabudgetary|assessed|within existing resources)\b", re.I),
    # a time counted from an event answers "when" as a date does: a convention "shall enter into force on the
    # ninetieth day after the date of deposit of the fortieth instrument" (79/243, article 65)
    DATE: re.compile(rf"\b(?:1[89]\d\d|20\d\d)\b|\b(?:{MONTH_PATTERN})\b|\bsessions?\b|\bannual(?:ly)?\b|\bbiennial\b"
                     r"|\b(?:days?|weeks?|months?|years?) (?:after|following|from)\b"
                     r"|\bwithin (?:\w+ ){1,2}(?:days|weeks|months|years)\b"),
    # a body named by its own capitalised name ("the Food and Agriculture Organization of the United Nations",
    # "the World Tourism Organization", "UN-Habitat", "UNESCO"); "the organizations of the United Nations system"
    # and "Member States" name none
    ORGANIZATION: re.compile(r"\b(?:Organi[sz]ation|Programme|Fund|Office|Agency|Commission|Council|Entity|Bank|"
                             r"Union|Institute|Centre|Center|Secretariat|Department|Committee|Board|Forum|Authority|"
                             r"Conference|Court|Tribunal|Mechanism|Network|Alliance|Partnership)\b"
                             r"|\bUN-[A-Z][a-z]+\b|\bUN[A-Z]{2,}\b|\b(?:FAO|WHO|ILO|IMO|ITU|WMO|IAEA|IOM|UPU)\b"),
}


_HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Sir|Dame|H\.\s?E)\.?\s+[A-Z]")


_TITLE_YEAR = re.compile(rf"\b(?P<before>{INSTRUMENTS}),? (?:of )?(?:1[89]\d\d|20\d\d)\b"
                         rf"|\b(?:1[89]\d\d|20\d\d) (?P<after>{INSTRUMENTS})\b")


def gives_fact(text: str, kind: str, instruments: frozenset[str] = frozenset(), counted: tuple[str, ...] = ()) -> bool:
    """Whether the text contains a figure, a date or session, a person (by honorific, or a State
    holding an office) or a country.

    A year inside a title dates that instrument only: it answers a question that names the kind of instrument
    (`instruments`: "convention" for "When was the Domestic Workers Convention adopted?"), not one about anything
    else it stands beside.
    """
    if kind == PERSON:
        return bool(_HONORIFIC.search(text)) or names_a_country(text)
    if kind == COUNTRY:
        return names_a_country(text)
    if kind == QUANTITY:
        return _gives_count(text, counted)
    if kind == DATE:
        # years inside the title of an instrument the question does not name
        unasked = [m.span() for m in _TITLE_YEAR.finditer(text)
                   if (m.group("before") or m.group("after")).lower() not in instruments]
        return any(not any(start <= m.start() < end for start, end in unasked) for m in _GIVES[DATE].finditer(text))
    return bool(_GIVES[kind].search(text))


def answers_fact(text: str, question: Question) -> bool:
    """Whether the text gives the fact the question asks for (True when it asks for none)."""
    return not question.fact or gives_fact(text, question.fact, question.instruments, question.counted)


def describe(kind: str) -> str:
    return {QUANTITY: "figures", DATE: "dates", PERSON: "names of people", COUNTRY: "countries",
            ORGANIZATION: "names of organizations",
            DEFINITION: "definition", FUNDING: "sources of funding"}[kind]


FACT_RATIO = 0.8  # a clause giving the fact comes first if it scores at least this share of the best one...
FACT_DEPTH = 6  # ...and is among this many best


def facts_first(passages: list[Passage], question: Question, floor: float = 0.0) -> list[Passage]:
    """`passages` with, when the question asks for a fact the best of a plain search does not give, the best
    that does (FACT_RATIO, FACT_DEPTH; a similarity >= `floor`) first.

    Whether a clause gives a date or a figure is a ranking feature as much as a filter: "Which country hosts the
    UNCITRAL Regional Centre for Asia and the Pacific?" scores the paragraph on another regional centre's work
    above the one welcoming the activities of the centre "in the Republic of Korea". Measured on the dev splits
    over the 910-resolution index (2026-12-06): whole-corpus dev hit@1 0.716 -> 0.753, doc@1 0.864 -> 0.889;
    corpus dev hit@1 0.747 alike, doc@1 0.964 -> 0.952 (one wrong resolution for another); the bundled dev split
    alike (0.939). Answers are not re-ordered by it: after the answer's own re-ranking it brought two unanswerable
    questions a paragraph with some figure or country (abstention 0.684 -> 0.632, 0.750 -> 0.667) for two
    answerable ones found; the answer policy's own fact test (answers/select.py) stands.
    """
    if not question.fact or not passages or passages[0].via != "search" or answers_fact(passages[0].text, question):
        return passages
    best = passages[0].score
    for n, passage in enumerate(passages[1:FACT_DEPTH], start=1):
        if passage.via == "search" and passage.score >= FACT_RATIO * best and passage.similarity >= floor \
                and answers_fact(passage.text, question):
            return [passage, *passages[:n], *passages[n + 1:]]
    return passages
