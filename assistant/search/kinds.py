"""The paragraphs naming a document of the kind a question asks about (questions/kinds.py reads the kind).

A treaty is a Convention, Covenant or Protocol; a ruling, a Judgment or an advisory opinion. The answer is
every paragraph naming one, narrowed by what else the question asks ("Which treaties are States urged to
ratify?": those whose paragraph speaks of ratifying).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.language.stems import same_word, stem_words
from assistant.questions.kinds import Kind

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def kind_rows(kind: Kind, narrowing: tuple[frozenset[str], ...], texts: list[str],
              theme: frozenset[str] = frozenset()) -> list[int]:
    """Rows of the texts (as written) naming a document of `kind`; with words that narrow it (the stems of
    each thing the question joins, the words of the resolutions' own subject, `theme`, aside), those whose
    paragraphs use all the words of one of the things ("ratify or accede to": either). Empty when no such
    paragraph speaks of one of them."""
    naming = [i for i, text in enumerate(texts) if kind.named.search(text)]
    parts = [words - theme for words in narrowing if words - theme]
    if not parts:
        return naming
    each = [[i for i in naming if _uses(_stems(texts[i]), words)] for words in parts]
    return sorted(set().union(*each)) if all(each) else []


def _uses(stems: dict[str, list[str]], words: frozenset[str]) -> bool:
    """Whether a text's stems (by their first five letters, see _stems) hold every word, in any form
    ("ratification" and "ratifying": stems.same_word, which only stems sharing five letters pass)."""
    return all(any(same_word(w, s) for s in stems.get(w[:5], ())) for w in words)


@lru_cache(maxsize=16_384)  # the paragraphs naming treaties, stemmed once for every question that narrows them
def _stems(text: str) -> dict[str, list[str]]:
    """The text's word stems by their first five letters (a stem shorter than five matches only itself)."""
    found: dict[str, list[str]] = {}
    for word in set(stem_words([w.lower() for w in _WORD.findall(text)])):
        found.setdefault(word[:5], []).append(word)
    return found
