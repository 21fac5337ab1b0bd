"""Questions about a kind of document the text names only by title (search/kinds.py finds the paragraphs).

"Which treaties does it mention?" or "Does it refer to rulings of international courts?" uses a word no
paragraph of A/RES/72/179 uses: the resolution names "the International Convention on the Protection of the
Rights of All Migrant Workers ...", "the Vienna Convention on Consular Relations", "the Judgment of the
International Court of Justice ...". A treaty is a Convention, Covenant or Protocol; a ruling, a Judgment or an
advisory opinion. The answer is every paragraph naming one, narrowed by what else the question asks ("Which
treaties are States urged to ratify?": those whose paragraph speaks of ratifying).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import conjuncts


@dataclass(frozen=True)
class Kind:
    """A kind of document: the words a question calls it by, how a paragraph names one, and the words that do
    (lowercase: a paragraph `named` matches holds one of them, which is how search finds such paragraphs)."""

    name: str
    asked: re.Pattern
    named: re.Pattern
    naming_words: tuple[str, ...]


# Lowercase and (for the titles' own words) plural: "the Migrant Workers Convention" is one title, asked by name.
KINDS = (
    # "treaty" before another word qualifies it ("treaty law", "treaty bodies"): a field or a body, not a treaty
    Kind("treaty", re.compile(r"\b(?:treaties|conventions|covenants|protocols)\b|\btreaty\b(?=\s*(?:[?.,;:!]|$)|\s+(?:"
                              r"does|do|did|is|are|was|were|has|have|had|that|which|on|of|to|in|for|with|by|it|they|"
                              r"should|must|can|could|would|will|and|or|as)\b)"),
         re.compile(r"\b(?:Convention|Covenant|Protocol)s?\b"), ("convention", "covenant", "protocol")),
    # not "judgments" or "advisory opinions": words the text uses of one kind of ruling each, found as written
    Kind("ruling", re.compile(r"\b(?:(?:court\s+)?rulings?|(?:court|judicial)\s+decisions?|verdicts?|case\s+law|"
                              r"jurisprudence)\b"),
         re.compile(r"\bJudge?ments?\b|\b[Aa]dvisory opinions?\b"), ("judgment", "judgement", "opinion")),
)
# Words that do not narrow which documents of the kind are meant: how the question asks, of whom, and what
# qualifies the kind itself ("international treaties", "rulings of international courts").
_NOT_NARROWING = {
    "which", "what", "where", "does", "did", "resolution", "text", "general", "assembly", "paragraph", "paragraphs",
    "mention", "mentions", "mentioned", "name", "names", "named", "cite", "cites", "cited", "refer", "refers",
    "referred", "reference", "references", "list", "say", "says", "contain", "include", "includes",
    "ask", "asks", "asked", "call", "calls", "called", "urge", "urges", "urged", "encourage", "encourages",
    "encouraged", "invite", "invites", "invited", "request", "requests", "requested", "want", "wants",
    "state", "states", "member", "governments", "countries", "country", "parties",
    "international", "relevant", "regional", "main", "key", "core", "existing", "specific", "particular",
    "court", "courts", "tribunal", "tribunals", "judicial",
    # what they are about is what narrows: "Which treaties deal with trafficking?"
    "deal", "deals", "concern", "concerns", "relate", "relates", "cover", "covers", "address", "addresses",
    # the part of the text asked about is read by query.scope
    "preamble", "preambular", "operative", "part",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def asked_kind(question: str) -> Kind | None:
    """The kind of document the question asks about, by a word no title uses ("treaties", "rulings")."""
    return next((kind for kind in KINDS if kind.asked.search(_lowered(question))), None)


def kind_narrowing(question: str, kind: Kind, stopwords: frozenset[str], stem) -> tuple[frozenset[str], ...]:
    """The stems of the words that narrow which documents of the kind are meant, for each of the things the
    question joins ("ratify or accede to": two parts); a part of none is empty."""
    parts = conjuncts(kind.asked.sub(" ", _lowered(question)))
    return tuple(_narrowing(part, stopwords, stem) for part in parts)


def _lowered(question: str) -> str:
    """"Treaties?" opens with a capital only as the first word."""
    return question[:1].lower() + question[1:]


def _narrowing(part: str, stopwords: frozenset[str], stem) -> frozenset[str]:
    words = [w.lower().strip("'’") for w in _WORD.findall(part)]
    return frozenset(stem(w) for w in words if len(w) > 2 and w not in stopwords and w not in _NOT_NARROWING)
