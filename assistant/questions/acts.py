"""Questions that ask what the resolution does by one of its verbs (search/acts.py finds the paragraphs).

"What does the resolution welcome?" is answered by each paragraph opening "Welcoming" or "Welcomes" (four in
A/RES/72/179), "What does the General Assembly decide?" by the one opening "Decides" (OP20): a resolution says
what it does in the verb that opens each paragraph, so the paragraphs that open with the verb asked about are
the answer, not those most similar to a question of three words.
"""

from __future__ import annotations

import re

from .patterns import PARAGRAPHS, SUBJECT

_VERBS = ("welcome", "condemn", "deplore", "decide", "recall", "reaffirm", "recogni[sz]e", "acknowledge", "note",
          "take note of", "urge", "call upon", "call on", "encourage", "invite", "request", "stress", "emphasi[sz]e",
          "underline", "affirm", "reiterate", "commend", "endorse", "remind", "express concern", "express its concern")
_ACT_VERBS = "|".join(_VERBS)
_WHAT_DOES_IT_DO = re.compile(rf"^\s*what\s+(?:else\s+)?(?:does|do|did)\s+{SUBJECT}\s+(?:also\s+)?(?P<verb>{_ACT_VERBS})"
                              r"(?:\s+(?:about|at|over))?\s*\??\s*$", re.I)
# "Which paragraphs take note of reports?", "Where does the resolution welcome ...?", "List the paragraphs in which the
# General Assembly expresses concern": the paragraphs opening with the verb, narrowed by what follows it. Verbs that
# ask someone something ("urges", "requests") are read by addressed.py, which knows their kindred verbs.
_ASKING = {"urge", "call upon", "call on", "encourage", "invite", "request", "remind"}
_LISTED = [verb for verb in _VERBS if verb not in _ASKING]
_LISTED_VERBS = "|".join(_LISTED)
# "take note of" -> "takes note of", "stress" -> "stresses"
_LISTED_VERBS_3RD = "|".join(re.sub(r"^(\S+?)(s?)(?=\s|$)", lambda m: m.group(1) + ("ses" if m.group(2) else "s"), verb)
                             for verb in _LISTED)
_LISTED_ACT = re.compile(
    rf"^\s*(?:which|what)\s+{PARAGRAPHS}\s+(?P<verb>{_LISTED_VERBS_3RD}|{_LISTED_VERBS})\b(?P<what>.*?)\s*[?.]?\s*$"
    rf"|^\s*(?:where|in which {PARAGRAPHS})\s+(?:does|do|did)\s+{SUBJECT}\s+(?:also\s+)?(?P<verb2>{_LISTED_VERBS})\b"
    r"(?P<what2>.*?)\s*[?.]?\s*$"
    rf"|^\s*(?:please\s+)?list\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?{PARAGRAPHS}\s+(?:in which|where|that|which)\s+"
    rf"(?:{SUBJECT}\s+)?(?P<verb3>{_LISTED_VERBS_3RD}|{_LISTED_VERBS})\b(?P<what3>.*?)\s*[?.]?\s*$"
    rf"|^\s*in which {PARAGRAPHS}\s+{SUBJECT}\s+(?P<verb4>{_LISTED_VERBS_3RD})\b(?P<what4>.*?)\s*[?.]?\s*$", re.I)


def asked_act(question: str) -> str | None:
    """The verb "What does the resolution welcome (decide, condemn, ...)?" asks about, nothing after it."""
    match = _WHAT_DOES_IT_DO.match(question)
    return match.group("verb").lower() if match else None


def listed_act(question: str) -> tuple[str, str] | None:
    """The verb and what follows it in "Which paragraphs take note of reports?" / "Where does the resolution
    welcome X?" / "List the paragraphs in which it recalls X" ("" when nothing follows)."""
    match = _LISTED_ACT.match(question)
    if not match:
        return None
    groups = match.groups()
    at = next(i for i in range(0, len(groups), 2) if groups[i])
    return groups[at].lower(), groups[at + 1].strip()
