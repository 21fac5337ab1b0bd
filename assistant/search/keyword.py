"""BM25 keyword scores over the indexed clauses (bm25s, English stemming)."""

from __future__ import annotations

import numpy as np


class KeywordScorer:
    """Scores every indexed clause against a question with BM25."""

    def __init__(self, texts: list[str]):
        # Imported lazily: only retrieval needs bm25s and the stemmer.
        import bm25s
        import Stemmer

        self._bm25s = bm25s
        self._stemmer = Stemmer.Stemmer("english")
        self._retriever = bm25s.BM25()
        tokens = bm25s.tokenize(texts, stopwords="en", stemmer=self._stemmer, show_progress=False)
        self._retriever.index(tokens, show_progress=False)
        self._vocab = tokens.vocab
        self.size = len(texts)

    def scores(self, question: str) -> np.ndarray:
        words = self._bm25s.tokenize([question], stopwords="en", stemmer=self._stemmer, show_progress=False,
                                     return_ids=False)[0]
        known = [w for w in words if w in self._vocab]
        if not known:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores(known), dtype=np.float32)
