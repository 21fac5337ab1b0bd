"""Questions that ask what the text asks of someone (search/addressed.py finds the paragraphs asking them).

"What does it ask the Secretary-General to do?" is answered by the paragraphs that request, invite, urge or
call upon the Secretary-General (OP3(e) and OP19 of A/RES/72/179), not by those that only name him ("Takes note
of the reports of the Secretary-General"), and not by the one or two most similar to the question.
"""

from __future__ import annotations

import re

from .patterns import PARAGRAPHS, SUBJECT

_ASKED_OF = re.compile(
    rf"^\s*what\s+(?:does|do|did)\s+{SUBJECT}\s+(?:ask|request|want|expect|call on|call upon|urge|invite|encourage)"
    r"\s+(?:of\s+|from\s+)?(?P<who>.+?)(?:\s+to\s+do)?\s*\??\s*$"
    # asked whether it asks anything of them: "Does it ask anything of X?", "Is X asked to do anything?"
    rf"|^\s*(?:does|do|did)\s+{SUBJECT}\s+(?:ask|request|want|expect|require)\s+(?:anything|something)\s+"
    r"(?:of|from)\s+(?P<who2>.+?)\s*\??\s*$"
    rf"|^\s*(?:does|do|did)\s+{SUBJECT}\s+(?:ask|request|call on|call upon|urge|invite|encourage)\s+(?P<who3>.+?)"
    r"\s+to\s+do\s+(?:anything|something)\s*\??\s*$"
    r"|^\s*(?:is|are)\s+(?P<who4>.+?)\s+(?:asked|requested|invited|urged|called upon|encouraged)\s+to\s+do\s+"
    r"(?:anything|something)\s*\??\s*$"
    r"|^\s*is\s+(?:anything|something)\s+(?:asked|requested|expected)\s+(?:of|from)\s+(?P<who5>.+?)\s*\??\s*$"
    # the paragraphs that do: "Which paragraphs ask something of X?", "Which paragraphs are addressed to X?"
    rf"|^\s*(?:which|what)\s+{PARAGRAPHS}\s+(?:ask|asks|request|requests|expect|expects)\s+"
    r"(?:anything|something)\s+(?:of|from)\s+(?P<who6>.+?)\s*\??\s*$"
    rf"|^\s*(?:which|what)\s+{PARAGRAPHS}\s+(?:is|are)\s+addressed\s+to\s+(?P<who7>.+?)"
    r"\s*\??\s*$", re.I)
# Words that, after the one asked of, make the question about a subject, not a person: "... of States regarding
# the return of migrants?", "... urge States to ratify?" ("on" and "of" may be part of a name: "the Chair of the
# Committee on ...")
_NOT_ONLY_WHO = re.compile(r"\b(?:to|regarding|about|concerning|when|if)\b", re.I)


def asked_of(question: str) -> str | None:
    """Who "What does the resolution ask (of) X (to do)?" or "Does it ask anything of X?" asks about; None for any
    other question, or when more than a name follows ("... of States regarding returns?")."""
    match = _ASKED_OF.match(question)
    who = next((group for group in match.groups() if group), None) if match else None
    return None if not who or _NOT_ONLY_WHO.search(who) else who


# "Who is asked to report?", "Which bodies are invited to submit reports?", "Who does it ask to ratify ...?":
# the paragraphs that ask someone to do it, whoever they are.
_WHO_IS_ASKED = re.compile(
    r"^\s*(?:who|whom|which\s+[\w\s-]+?|what\s+[\w\s-]+?)\s+(?:is|are)\s+(?:being\s+)?(?:asked|requested|invited|"
    r"urged|called upon|called on|encouraged)\s+to\s+(?P<task>.+?)\s*\??\s*$"
    rf"|^\s*(?:who|whom)\s+(?:does|do|did)\s+{SUBJECT}\s+(?:ask|request|invite|urge|call upon|call on|encourage)\s+"
    r"to\s+(?P<task2>.+?)\s*\??\s*$"
    # what is asked for, named by a noun: "Does it ask for reports?", "Which paragraphs request reports?", "Are any
    # reports requested?" -- the paragraphs that ask someone to make one
    rf"|^\s*(?:does|do|did)\s+{SUBJECT}\s+(?:ask|call)\s+for\s+(?P<task3>.+?)\s*\??\s*$"
    rf"|^\s*(?:which|what)\s+{PARAGRAPHS}\s+(?:ask|asks|call|calls)\s+for\s+"
    r"(?P<task4>.+?)\s*\??\s*$"
    rf"|^\s*(?:which|what)\s+{PARAGRAPHS}\s+(?:request|requests)\s+(?P<task5>.+?)\s*\??\s*$"
    rf"|^\s*(?:is|are)\s+(?:any\s+|an?\s+)?(?P<task6>.+?)\s+(?:requested|asked for|called for)"
    rf"(?:\s+(?:in|by)\s+{SUBJECT})?\s*\??\s*$", re.I)


def asked_task(question: str) -> str | None:
    """What "Who is asked to X?" / "Which bodies are invited to X?" / "Who does it ask to X?" asks about: X; and
    what "Does it ask for X?" / "Which paragraphs request X?" / "Are any X requested?" does."""
    match = _WHO_IS_ASKED.match(question)
    return next((group for group in match.groups() if group), None) if match else None
