"""Read what a question says about the document itself: words to leave out of the search, and the part
of the resolution it confines itself to.

"What does the resolution say about detention?" is about detention: "the resolution" and
"say about" match every clause that happens to say "resolution", and blur the question's vector.
"""

from __future__ import annotations

import re

from .patterns import THE_TEXT
from .topics import asked_topic

META = re.compile(
    rf"\b(?:{THE_TEXT}(?:'s)?(?! \d)"
    r"|says? about|mentions?|refers? to|talks? about|(?:does|do|did) it say)\b",
    re.I,
)


# "... recalled in its preamble?" asks only about preambular paragraphs; "in the operative part" the reverse.
SCOPE = {
    "preambular": re.compile(r"\b(?:in|of) (?:its|the|this resolution's|the resolution's) preamble\b"
                             r"|\bpreambular (?:paragraphs|part|section)\b", re.I),
    "operative": re.compile(r"\b(?:in|of) (?:its|the) operative (?:part|paragraphs|section)\b"
                            r"|\boperative (?:paragraphs|part|section)\b", re.I),
}
KINDS_IN_SCOPE = {"preambular": {"preambular"}, "operative": {"operative", "subparagraph"}}


# "in 2023", "the 2024 resolution", "the 2023 sustainable fisheries resolution", "resolutions of 2025": the year of
# the text asked about (not "the 2030 Agenda", "the 2023 SDG Summit declaration", where a year is part of a name)
_YEAR = r"(19[4-9]\d|20\d\d)"
# a longer lowercase run is a subject too ("the 2025 global health and foreign policy resolution"), unless it is
# the question's own frame ("the 2030 Agenda ... say about resolutions")
_FRAME = r"(?:say|says|said|about|do|does|did|is|are|was|were|has|have)"
_DATED = re.compile(rf"\b(?:in|during) {_YEAR}\b(?!\s*[-–]?\s*\d)"
                    rf"|\b{_YEAR} (?:[A-Za-z-]+ ){{0,3}}?(?:resolutions?|texts?|versions?)\b"
                    rf"|\b{_YEAR} (?-i:(?:(?!{_FRAME}\b)[a-z-]+ ){{4,6}}?)resolutions?\b"
                    rf"|\bresolutions? (?:of|from|adopted in) {_YEAR}\b", re.I)


# a year before a noun names something ("the 2023 SDG Summit", "the 2028 ocean conference"), not a period written
_NOT_A_MODIFIER = (r"(?!\s+(?!(?:and|or|to|through|until|for|in|of|on|at|by|with|from|as|than|is|was|were|are|be|"
                    r"did|does|do|has|have|had|will|would|should|could|can|may|must)\b)[A-Za-z])")


def years_written(question: str) -> tuple[int, ...]:
    """Every year the question writes ("for July 2024 to June 2025" -> 2024, 2025), in order: of two copies of a
    paragraph that differ only in their figures, the one that writes them (search.renewed.dated_copies_first)."""
    return tuple(dict.fromkeys(int(y) for y in re.findall(rf"\b{_YEAR}\b{_NOT_A_MODIFIER}", question)))


def dated(question: str) -> tuple[int, ...]:
    """The years of adoption a question asks about ("What did the 2024 resolution say ...?"), in order."""
    years = [int(next(group for group in match.groups() if group)) for match in _DATED.finditer(question)]
    return tuple(dict.fromkeys(years))


def scope(question: str) -> set[str] | None:
    """The clause kinds a question confines itself to ("in its preamble"), or None for all."""
    found = [name for name, pattern in SCOPE.items() if pattern.search(question)]
    return KINDS_IN_SCOPE[found[0]] if len(found) == 1 else None


def focus(question: str) -> str:
    """The question without phrases that name the resolution itself; unchanged if nothing would remain."""
    focused = " ".join(META.sub(" ", question).split())
    return focused if re.search(r"[A-Za-z]{3}", focused) else question


def phrasings(question: str) -> list[str]:
    """The texts a question is searched by: the question (focused) and, when it asks about a topic
    ("Is there a provision on climate change?"), the topic alone.

    The frame around a topic blurs its vector, and frames differ in how much: "Does the resolution mention
    climate change?" fell below the abstention threshold where "Does it address climate change?" did not.
    Each clause keeps its better similarity of the two, so every frame finds what the topic alone finds.
    """
    topic = asked_topic(question)
    texts = [focus(question), focus(topic) if topic else ""]
    return [text for i, text in enumerate(texts) if text and text not in texts[:i]]
