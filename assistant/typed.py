"""Questions as people type them: checked, with the question mark and the capitals they left off put back.

A chat user types "is entering without papers a crime" or "does it mention germany". The models read a
question without its question mark as another sentence (five dev answers changed with it), and names are
found by their capitals ("Germany", "the New York Declaration", "UN bodies"): without them a question is
searched as if it named nothing, and a State the text never names is not noticed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .countries import country_names

MAX_QUESTION_CHARS = 1000
CAPITAL_SHARE = 0.9  # of a word's uses past a sentence's first word: a word written this often with a capital is a name
_INTERROGATIVE = re.compile(r"^\s*(?:what|which|who|whom|whose|where|when|why|how|is|are|was|were|does|do|did|can|"
                            r"could|should|must|may|might|will|would|has|have|had|shall)\b", re.I)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


class QuestionError(ValueError):
    """The question cannot be answered as given (empty, too long)."""


def check_question(question: str) -> str:
    """The question with its whitespace made single; an error if it is empty or too long."""
    text = " ".join((question or "").split())
    if not text:
        raise QuestionError("the question is empty")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is too long ({len(text)} characters; the limit is {MAX_QUESTION_CHARS})")
    return text


def as_asked(question: str) -> str:
    """The question with the question mark its asker left off ("Is entering without papers a crime")."""
    text = question.rstrip()
    return f"{text}?" if _INTERROGATIVE.match(text) and not text.endswith(("?", ".", "!")) else text


def cased_forms(texts: Iterable[str]) -> dict[str, str]:
    """Lowercase word -> the form the texts write it in, for the words they capitalise nearly always past a
    sentence's first word ("declaration" is often lowercase, "ILO" and "Avena" never), and the words of
    every State's name ("germany" -> "Germany"), named in the text or not."""
    uses: dict[str, Counter] = {}
    for text in texts:
        for sentence in re.split(r"(?<=[.;:])\s+", text):
            for word in _WORD.findall(sentence)[1:]:
                uses.setdefault(word.lower(), Counter())[word] += 1
    cased = {}
    for lower, counts in uses.items():
        capitalised = {form: n for form, n in counts.items() if form[0].isupper()}
        if capitalised and sum(capitalised.values()) >= CAPITAL_SHARE * sum(counts.values()):
            cased[lower] = max(capitalised, key=capitalised.get)
    for name in country_names():
        for word in _WORD.findall(name):
            if word[0].isupper():
                cased.setdefault(word.lower(), word)
    return cased


def truecased(question: str, cased: dict[str, str]) -> str:
    """A question typed without a single capital, with those of `cased` put back; any other unchanged."""
    if any(c.isupper() for c in question):
        return question
    return _WORD.sub(lambda m: cased.get(m.group(), m.group()), question)
