"""The paragraphs naming a document of the kind a question asks about (questions/kinds.py reads the kind).

A treaty is a Convention, Covenant or Protocol; a ruling, a Judgment or an advisory opinion. The answer is
every paragraph naming one, narrowed by what else the question asks ("Which treaties are States urged to
ratify?": those whose paragraph speaks of ratifying).
"""

from __future__ import annotations

import re

from assistant.language.stems import same_word
from assistant.questions.kinds import Kind

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def kind_rows(kind: Kind, narrowing: tuple[frozenset[str], ...], texts: list[str], stem,
              theme: frozenset[str] = frozenset()) -> list[int]:
    """Rows of the texts (as written) naming a document of `kind`; with words that narrow it (the stems of
    each thing the question joins, the words of the resolutions' own subject, `theme`, aside), those whose
    paragraphs use all the words of one of the things ("ratify or accede to": either). Empty when no such
    paragraph speaks of one of them."""
    naming = [i for i, text in enumerate(texts) if kind.named.search(text)]
    parts = [words - theme for words in narrowing if words - theme]
    if not parts:
        return naming
    each = [[i for i in naming if _uses(_stems(texts[i], stem), words)] for words in parts]
    return sorted(set().union(*each)) if all(each) else []


def _uses(stems: set[str], words: frozenset[str]) -> bool:
    """Whether a text's stems hold every word, in any form ("ratification" and "ratifying": stems.same_word)."""
    return all(any(same_word(w, s) for s in stems) for w in words)


def _stems(text: str, stem) -> set[str]:
    return {stem(w.lower()) for w in _WORD.findall(text)}
