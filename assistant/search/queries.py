"""The texts a search scores the index by, encoded in as few runs through the model as it can.

A plain search encodes the question (its phrasings, one run), then re-ranks the best resolutions' paragraphs by
the words of it that tell each one's paragraphs apart (search.within): one run more for all of them, not one per
resolution (over the 910-resolution index, 29 of the 102 corpus dev questions had two or three; 131 runs -> 95).
Encoding those words with the question, before the search, was measured and not kept: they are known then only
when the resolutions in scope are few, a batch of two costs 1.3 times one text, and the questions answered by
what they name (no re-ranking) paid it for nothing (the bundled index's warm ask: median 12.4 -> 13.1 ms).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np


def encoded(embedder, texts: Iterable[str], known: dict[str, np.ndarray] | None = None) -> dict[str, np.ndarray]:
    """`known` (added to in place, or a new dict) with a vector for each of `texts` it lacks, all of them encoded
    in one run."""
    known = {} if known is None else known
    missing = [text for text in dict.fromkeys(texts) if text not in known]
    if missing:
        # encode_queries keeps the texts' word pieces from this run, for re-ranking without a second pass
        encode = getattr(embedder, "encode_queries", embedder.encode)
        known.update(zip(missing, encode(missing)))
    return known
