"""Acronyms in a question spelled out in the words the indexed text uses for them ("the ILO" -> "the ILO
(International Labour Organization)"): the models know the words better than the letters."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.language.acronyms import UN_ACRONYMS

_ACRONYM = re.compile(r"(?<![\w/])[A-Z]{2,8}(?![\w/])")  # "ILO", not the "RES" of "A/RES/72/179"


def spelled_out(question: str, expansions: Callable[[], dict[str, str]]) -> str:
    """The question with each acronym the United Nations knows (language.acronyms), or `expansions()` knows
    (lowercased acronym -> words), followed by its words; `expansions` is called only when the question holds an
    acronym."""
    if not _ACRONYM.search(question):
        return question
    # the list's words over those the index guessed from a run of capitals' initials: over the 910-resolution index
    # "NPT" was "Nay Pyi Taw", "IDP" the "International Day of the Potato" (what the texts define in brackets, the
    # list never contradicts)
    known = {**expansions(), **UN_ACRONYMS}
    return _ACRONYM.sub(lambda m: f"{m.group()} ({known[m.group().lower()]})" if m.group().lower() in known
                        else m.group(), question)
