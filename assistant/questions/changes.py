"""Questions about how a text changed from one version to another: "How did X change between 2017 and 2025?",
"What is new in 80/218 on X?", "Was the paragraph on X dropped after 78/217?", "Did the 2025 resolution keep X?".

What is read: the kind of change asked about, the years named, and whether a named version is the earlier one
("after 78/217", "since 2017"). The versions themselves are found by the answer (answers/changes.py), in the index.
A change form counts only with something that places it in a text's history (a year, a resolution's number,
"the earlier version"), so "How does climate change affect migrants?" is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language.words import MONTH_PATTERN


@dataclass(frozen=True)
class Change:
    """A question about change: `kind` "changed", "new" or "dropped"; the years it names; `earlier`: the one
    version it names is the earlier of the two ("after 78/217")."""

    kind: str
    years: tuple[int, ...] = ()
    earlier: bool = False
    listing: bool = False  # "Which paragraphs were dropped?": every one, not the one on a subject
    presumed: bool = False  # "Which paragraph ... was dropped?", "What is new ...?": one is, unlike "Was X dropped?"
    series: str = ""  # the words naming the series: "the sand and dust storms resolution's paragraph on X"
    named_years: tuple[int, ...] = ()  # the years among those words: "the 2023 and 2025 Bermuda resolutions"
    topic: str = ""  # the question without its frame, years and numbers: what the paragraph is about
    latest: bool = False  # "the latest resolution": the last version against the one before it


_YEAR = re.compile(r"\b(19[4-9]\d|20\d\d)\b")
# a year after a capitalised word other than a month is part of a name ("Paris 2024", "Agenda 2063", "Expo 2020"),
# not a version's
_NAMED_YEAR = re.compile(rf"(?<!^)(?<![.?!] )\b(?!(?:{MONTH_PATTERN})\b)[A-Z][\w-]*[a-z][\w-]* (19[4-9]\d|20\d\d)\b")
# what places a question in a text's history: a year, a resolution's number, or a word for versions
_HISTORY = re.compile(r"\b(?:19[4-9]\d|20\d\d|\d{1,3}/\d{1,3}|versions?|drafts?|earlier|previous|later|latest|"
                      r"most recent)\b|"
                      # "How did the resolution on X change?": a resolution that changes has versions
                      r"\bresolutions?\b[^?]{0,80}\b(?:changed?|evolved?)(?:\s+over\s+(?:the\s+)?(?:years|time))?"
                      r"\s*\?", re.I)
_NEW = re.compile(r"\bwhat(?:'s| is| was| are) new\b|\bnewly (?:say|said|says|add|added|adds|introduced?|include[sd]?)\b|"
                  # "What new paragraph ...?" (a part of the text: not "What new mechanism did it create?")
                  r"\b(?:what|which) new (?:paragraphs?|sub-paragraphs?|language|wording|text|provisions?|clauses?|"
                  r"references?)\b|"
                  r"\b(?:what|which)\b[^?]{0,60}\b(?:did|does|do)\b[^?]{0,120}\badd\b|"
                  r"\b(?:are|were|is|was) (?:new|added)\b|\banything new\b", re.I)
_DROPPED = re.compile(r"\b(?:dropped|removed|deleted|left out|omitted|no longer)\b|\bstill in\b|"
                      r"\b(?:did|does|do)\b[^?]{0,60}\b(?:keep|drop|remove)\s+(?:the|its|a|any|this|that)\b|"
                      # the verb ends its clause: "... did the 2025 resolution drop?", "... drop, compared with 2023?"
                      r"\b(?:did|does|do)\b[^?]{0,100}\b(?:drop|remove|omit|leave out)\s*(?:\?|,)", re.I)
_CHANGED = re.compile(r"\bhow (?:did|has|have|had|was|were)\b.{0,160}\b(?:change|changed|evolve|evolved)\b|"
                      r"\bwhat (?:has |have )?changed\b|\b(?:changes?|differences?) (?:between|from|since)\b|"
                      r"\bhow (?:does|do|did) .{0,100}\bdiffer\b|"
                      # "Did the 2025 text change the paragraph on X?" (a verb with its object: not "climate change")
                      r"\b(?:did|does|do|has|have)\b.{0,160}\bchanged? (?:the|its|any|this|that|much)\b|"
                      r"\bcompared (?:with|to)\b|^\s*compare\b|\bwhat(?:'s| is| was| are) different\b", re.I)
_EARLIER = re.compile(r"\b(?:after|since|from)\s+(?:the\s+)?(?:19[4-9]\d|20\d\d|\d{1,3}/\d{1,3}|resolution)", re.I)
# "the latest resolution": its last version (Change.latest), a frame word and not the subject's ("the latest ratification")
_LATEST_WORDS = r"(?:latest|most recent|newest|last)(?= (?:resolutions?|texts?|versions?)\b)"
# the words of a change question's frame, taken out to leave its subject ("the language on detaining migrant
# children" -> "detaining migrant children")
_FRAME = re.compile(r"\b(?:how|what|which|whether|did|does|do|has|have|had|was|were|is|are|it|its|the|a|an|of|in|on|"
                    # "the Assembly's commendation of X": every paragraph is the Assembly's
                    r"(?:general )?assembly['’]s|"
                    r"about|between|from|to|and|after|since|by|change[sd]?|evolve[sd]?|differ|dropped|removed|deleted|"
                    r"omit(?:ted|s)?|left out|compare|differences?|different|anything|there|" + _LATEST_WORDS + r"|"
                    r"drop|remove|keep|kept|still|add|added|adds|new|newly|resolutions?|texts?|wording|language|paragraphs?|"
                    r"versions?|reference|compared with|compared to|say|says|said|19[4-9]\d|20\d\d|"
                    r"\d{1,3}/\d{1,3}|over (?:the )?(?:years|time))\b|[?,.;:]", re.I)
# "the 2023 and 2025 Bermuda resolutions", "the outer space arms race resolution's": the words between the last "the"
# and "resolution" name the series (not "resolution 78/217", not "the present resolution")
_NAMING = re.compile(r"\bthe\s+((?:[\w'’-]+\s+){1,8}?)resolutions?\b(?!\s+\d)", re.I)
_NOT_A_NAME = re.compile(r"\b(?:19[4-9]\d|20\d\d|and|present|same|previous|earlier|later|latest|new|"
                         r"two|both|these|those|its|their|following|above|adopted|draft)\b", re.I)
_LATEST = re.compile(rf"\b{_LATEST_WORDS}", re.I)
_PRESUMED = re.compile(r"\s*(?:which|what)\b", re.I)
_LISTING = re.compile(r"\bwhich paragraphs\b|\blist\b|\ball the\b", re.I)


def asked_change(text: str) -> Change | None:
    """The change a question asks about, or None when it is not about a text's history."""
    if not _HISTORY.search(text):
        return None
    kind = "new" if _NEW.search(text) else "dropped" if _DROPPED.search(text) else \
        "changed" if _CHANGED.search(text) else None
    if kind is None:
        return None
    named = {m.start(1) for m in _NAMED_YEAR.finditer(text)}
    years = tuple(int(m.group()) for m in _YEAR.finditer(text) if m.start() not in named)
    topic = " ".join(_FRAME.sub(" ", text).split())
    # "after 2023" names the earlier version, whatever other years date ("the 2004 advisory opinion"): which years
    # name versions is known only in the index (answers/changes.py)
    series, named_years = _series_named(text)
    return Change(kind, years, bool(_EARLIER.search(text)), bool(_LISTING.search(text)), bool(_PRESUMED.match(text)),
                  series, tuple(y for y in named_years if y in years), topic, bool(_LATEST.search(text)))


def _series_named(text: str) -> tuple[str, tuple[int, ...]]:
    """The words of the last "the <words> resolution" that name a series, or "", and the years among them (the
    versions': "the 2023 and 2025 atomic radiation resolutions", whatever "the outreach strategy for 2020–2024" dates)."""
    named, years = "", ()
    for match in _NAMING.finditer(text):
        words = match.group(1).split()
        last_the = max((i for i, w in enumerate(words) if w.lower() == "the"), default=-1)
        own = " ".join(words[last_the + 1:])
        phrase = " ".join(_NOT_A_NAME.sub(" ", own).split())
        if phrase:
            named, years = phrase, tuple(int(y) for y in _YEAR.findall(own))
    return named, years
