"""Two paragraphs' words, compared: the words that tell texts apart, and a word-level diff.

Hyphens are read as one character: a non-breaking hyphen (U+2011, in about a quarter of the 2024-2025 texts)
or a typographer's hyphen (U+2010) where the earlier text has "-" is how the text was typeset, not a change
("non‑governmental organizations" in 80/52 OP7 and "non-governmental" in 78/32 OP7 are the same words).
"""

from __future__ import annotations

import difflib
import re

_WORD = re.compile(r"\w+(?:[’'-]\w+)*")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def words(text: str) -> list[str]:
    """The text's words, lowercased, hyphens as "-": two paragraphs with the same words are the same text."""
    return _WORD.findall(text.translate(_HYPHENS).lower())


def word_diff(a: str, b: str) -> tuple[tuple[str, str], ...]:
    """The words of A and B as equal, deleted (only in A) and inserted (only in B) runs, A's spelling of the equal
    ones."""
    wa, wb = a.split(), b.split()
    keys_a, keys_b = [w.translate(_HYPHENS) for w in wa], [w.translate(_HYPHENS) for w in wb]
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes():
        if op in ("equal", "delete", "replace"):
            out.append(("equal" if op == "equal" else "delete", " ".join(wa[i1:i2])))
        if op in ("insert", "replace"):
            out.append(("insert", " ".join(wb[j1:j2])))
    return tuple(out)
