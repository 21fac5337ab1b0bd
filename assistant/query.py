"""Take the words that talk about the document itself out of a question before searching.

"What does the resolution say about detention?" is about detention: "the resolution" and
"say about" match every clause that happens to say "resolution", and blur the question's vector.
"""

from __future__ import annotations

import re

META = re.compile(
    r"\b(?:(?:the|this|that|its|present) (?:resolution|text|document)(?:'s)?(?! \d)"
    r"|says? about|mentions?|refers? to|talks? about|(?:does|do|did) it say)\b",
    re.I,
)


def focus(question: str) -> str:
    """The question without phrases that name the resolution itself; unchanged if nothing would remain."""
    focused = " ".join(META.sub(" ", question).split())
    return focused if re.search(r"[A-Za-z]{3}", focused) else question
