"""Questions that ask what the resolution does by one of its verbs, and the paragraphs that open with it.

"What does the resolution welcome?" is answered by each paragraph opening "Welcoming" or "Welcomes" (four in
A/RES/72/179), "What does the General Assembly decide?" by the one opening "Decides" (OP20): a resolution says
what it does in the verb that opens each paragraph, so the paragraphs that open with the verb asked about are
the answer, not those most similar to a question of three words.
"""

from __future__ import annotations

import re

from .topics import SUBJECT

MAX_ACTS = 8  # more paragraphs than an answer cites ("encourages": twelve): searched instead
_ACT_VERBS = (r"welcome|condemn|deplore|decide|recall|reaffirm|recogni[sz]e|acknowledge|note|take note of|urge|"
              r"call upon|call on|encourage|invite|request|stress|emphasi[sz]e|underline|affirm|reiterate|commend|"
              r"endorse|remind|express concern|express its concern")
_WHAT_DOES_IT_DO = re.compile(rf"^\s*what\s+(?:else\s+)?(?:does|do|did)\s+{SUBJECT}\s+(?:also\s+)?(?P<verb>{_ACT_VERBS})"
                              r"(?:\s+(?:about|at|over))?\s*\??\s*$", re.I)
# Words that may come before the verb that opens a paragraph: "Also welcomes", "Strongly condemns",
# "Further requests", "Deeply concerned".
_BEFORE_VERB = {"also", "further", "strongly", "deeply", "once", "again", "firmly", "emphatically", "its"}
OPENING_WORDS = 4  # "Expresses its deep concern": the verb's words among a paragraph's first four


def asked_act(question: str) -> str | None:
    """The verb "What does the resolution welcome (decide, condemn, ...)?" asks about, nothing after it."""
    match = _WHAT_DOES_IT_DO.match(question)
    return match.group("verb").lower() if match else None


def act_rows(verb: str, texts: list[str], stem) -> list[int]:
    """Rows of the texts whose opening words hold every word of the verb ("take note of": "Taking note",
    "Takes note"); none when no text or more than MAX_ACTS do."""
    wanted = {stem(w) for w in re.findall(r"[a-z]+", verb.lower()) if w not in {"of", "its", "upon", "on"}}
    rows = [i for i, text in enumerate(texts) if wanted <= _opening(text, stem)]
    return rows if len(rows) <= MAX_ACTS else []


def _opening(text: str, stem) -> set[str]:
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)[:OPENING_WORDS]]
    return {stem(w) for w in words if w not in _BEFORE_VERB}
