"""The paragraphs that open with the verb a question asks about (questions/acts.py reads the verb).

A resolution says what it does in the verb that opens each paragraph: "What does the resolution welcome?" is
answered by each paragraph opening "Welcoming" or "Welcomes" (four in A/RES/72/179), not by those most similar
to a question of three words.
"""

from __future__ import annotations

import re

MAX_ACTS = 8  # more paragraphs than an answer cites ("encourages": twelve): searched instead
# Words that may come before the verb that opens a paragraph: "Also welcomes", "Strongly condemns",
# "Further requests", "Deeply concerned".
BEFORE_VERB = {"also", "further", "strongly", "deeply", "once", "again", "firmly", "emphatically", "its"}
OPENING_WORDS = 4  # "Expresses its deep concern": the verb's words among a paragraph's first four


def act_rows(verb: str, texts: list[str], stem) -> list[int]:
    """Rows of the texts whose opening words hold every word of the verb ("take note of": "Taking note",
    "Takes note"); none when no text or more than MAX_ACTS do."""
    wanted = {stem(w) for w in re.findall(r"[a-z]+", verb.lower()) if w not in {"of", "its", "upon", "on"}}
    rows = [i for i, text in enumerate(texts) if wanted <= _opening(text, stem)]
    return rows if len(rows) <= MAX_ACTS else []


def _opening(text: str, stem) -> set[str]:
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)[:OPENING_WORDS]]
    return {stem(w) for w in words if w not in BEFORE_VERB}
