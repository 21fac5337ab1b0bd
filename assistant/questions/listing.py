"""Questions that ask for several things ("Which treaties ...?", "List ...", "Where is X mentioned?"), whose
answers may cite more paragraphs that score a little under the best."""

from __future__ import annotations

import re

# After "What", "are" or a modal makes the plural noun the one acting, not the things asked for: "What are countries
# invited to set up ...?", "What should States do ...?" ask for one thing ("What are the titles ...?" still lists;
# "What did the resolutions say ...?" asks several resolutions).
# Fifteenth session, 910-resolution index: corpus dev citation precision 0.696 -> 0.710, the slice's dev 0.737 ->
# 0.753, whole-corpus dev 0.661 -> 0.673; recall, the bundled resolution and change questions unchanged.
LIST_QUESTION = re.compile(
    r"^\s*(?:which|what)\s+(?!(?:are|were)\s+(?!the\b|these\b|those\b)|(?:should|must|can|could|may|might|will|"
    r"would|shall)\b)(?:\w+\s+){0,2}?(?!does\b|is\b|was\b|has\b|this\b|us\b)\w{3,}s\b"
    r"|\b(?:list|compare|all the|each of)\b|^\s*where\b.*\b(?:mention|refer|cite)", re.I)


def asks_for_several(question: str) -> bool:
    """"Which treaties ...?", "What measures ...?", "List ...", "Where is X mentioned?"."""
    return bool(LIST_QUESTION.search(question))
