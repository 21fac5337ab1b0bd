"""Phrases many question forms share, written once: how a question names the resolution, its paragraphs, and
how it joins several things it asks about."""

from __future__ import annotations

import re

# How a question names the resolution as the one acting: "Does the resolution / it / the General Assembly ...".
SUBJECT = r"(?:the resolution|the text|it|this resolution|the general assembly|the assembly)"
# ... and as the one owning something: "What is its position on ...?"
POSSESSIVE = r"(?:the resolution's|the resolution’s|the text's|the text’s|its|the general assembly's|the assembly's)"
# The resolution as a document: "the resolution", "this text", "the present document".
THE_TEXT = r"(?:the|this|that|its|present) (?:resolution|text|document)"
# How a question names the parts of the text it asks for: "Which paragraphs ...", "List the provisions ...".
PARAGRAPHS = r"(?:paragraphs?|clauses?|provisions?|parts?)"
# The words a direct question opens with; a phrase that opens otherwise may be a bare topic ("Family reunification?").
QUESTION_WORDS = (r"what|which|who|whom|whose|where|when|why|how|is|are|was|were|does|do|did|can|could|should|must|"
                  r"may|might|will|would|has|have|had|shall")
# Words that join the parts of a name without ending it ("Convention on the Rights of the Child").
CONNECTORS = frozenset({"of", "on", "for", "and", "the", "against", "to", "in", "its", "all"})

_JOINS = re.compile(r"\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or|as well as)\s+", re.I)
_BOTH = re.compile(r"^\s*(?:both|either)\s+", re.I)


def conjuncts(phrase: str) -> list[str]:
    """The things "X and Y", "X, Y or Z", "both X and Y" join ("racism and xenophobia" -> racism, xenophobia);
    [phrase] when it joins none."""
    parts = [p for p in _JOINS.split(_BOTH.sub("", phrase)) if p.strip()]
    return parts if len(parts) > 1 else [phrase]
