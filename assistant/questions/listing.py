"""Questions that ask for several things ("Which treaties ...?", "List ...", "Where is X mentioned?"), whose
answers may cite more paragraphs that score a little under the best."""

from __future__ import annotations

import re

LIST_QUESTION = re.compile(
    r"^\s*(?:which|what)\s+(?:\w+\s+){0,2}?(?!does\b|is\b|was\b|has\b|this\b|us\b)\w{3,}s\b"
    r"|\b(?:list|compare|all the|each of)\b|^\s*where\b.*\b(?:mention|refer|cite)", re.I)


def asks_for_several(question: str) -> bool:
    """"Which treaties ...?", "What measures ...?", "List ...", "Where is X mentioned?"."""
    return bool(LIST_QUESTION.search(question))
