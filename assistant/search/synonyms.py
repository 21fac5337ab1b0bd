"""Whether a word of a question has a near-synonym in the paragraphs found ("kids" has "children")."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from assistant.language.stems import content_words

from .passage import Passage

# Single-word cosine (measured with the pair of models) at which neighbours are synonyms ("kids"/"children" 0.90,
# "jail"/"imprisonment" 0.78, "wages"/"remuneration" 0.62) rather than merely related ("abortion"/"religion" 0.49,
# "deadline"/"obligations" 0.44).
SYNONYM = 0.6


def near_synonym(embedder, vectors: dict[str, np.ndarray], passages: list[Passage]) -> Callable[[str], bool]:
    """Whether a word has a near-synonym (cosine >= SYNONYM of the single words) among the words of `passages`:
    "abortion" has nothing in paragraphs about women and children. Word vectors are encoded on first need and
    kept in `vectors`."""

    def related(word: str) -> bool:
        candidates = sorted({w for p in passages for w in content_words(p.text)})
        new = [w for w in [word, *candidates] if w not in vectors]
        if new:
            vectors.update(zip(new, embedder.encode(new)))
        found = np.stack([vectors[w] for w in candidates]) if candidates else np.zeros((0, 1))
        return bool(candidates) and float((found @ vectors[word]).max()) >= SYNONYM

    return related
