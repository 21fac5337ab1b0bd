"""A topic read as a phrase: the longest run of its content words a text has in the same order.

A paragraph that names a subject ("Takes note of the Inter-Agency Coordination Group Plan of Action") has its words in a
row; others only mention them apart ("the Inter-Agency Coordination Group ... the Global Plan of Action"). Used where a
few paragraphs on one subject are told apart (answers/changes.py). Tried in the within-resolution re-ranking too
(search/within.py, weight 0.5): corpus dev over the 61-resolution slice F1 0.693 -> 0.709, but its test split 0.685 ->
0.673 (recall under its floor): not kept.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from assistant.language.stems import function_words, lower_words, stem_words


def phrase_runs(topic: str, texts: list[str], title: str = "") -> np.ndarray:
    """Each text's longest run of the topic's content words in the topic's order, as a share of the topic's length
    past its first word (0 for one word alone, 1 for the whole topic): "the Inter-Agency Coordination Group Plan of
    Action" is named by the paragraph taking note of it, and only mentioned in pieces by others. The title's words are
    left out on both sides: every paragraph of "Implementation of the Convention on Cluster Munitions" may name it."""
    said = set(_content_stems(title))
    wanted = [w for w in _content_stems(topic) if w not in said]
    if len(wanted) < 2:
        return np.zeros(len(texts), dtype=np.float32)
    runs = []
    for text in texts:
        have = [w for w in _content_stems(text) if w not in said]
        best, ending = 0, {}
        for stem in have:  # longest common substring, by dynamic programme over the topic's positions
            ending = {j + 1: ending.get(j, 0) + 1 for j, w in enumerate(wanted) if w == stem}
            best = max(best, max(ending.values(), default=0))
        runs.append(max(0, best - 1) / (len(wanted) - 1))
    return np.array(runs, dtype=np.float32)


_AUXILIARIES = frozenset({"have", "has", "had", "been", "being", "were", "do", "does", "did"})


@lru_cache(maxsize=8192)
def _content_stems(text: str) -> tuple[str, ...]:
    """A text's stems, function words left out (kept: the same resolutions' paragraphs come back question after
    question)."""
    stop = function_words() | _AUXILIARIES
    return tuple(stem_words([w for w in lower_words(text) if w not in stop]))
