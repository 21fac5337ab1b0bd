"""BM25 keyword scores over the indexed clauses (bm25s, English stemming), saved with the index and
memory-mapped when read: a large index is not tokenized again at every start."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def _bm25s():
    # Imported lazily: only retrieval and index builds need bm25s and the stemmer.
    import bm25s
    import Stemmer

    return bm25s, Stemmer.Stemmer("english")


class KeywordScorer:
    """Scores every indexed clause against a question with BM25."""

    def __init__(self, retriever, size: int):
        self._bm25s, self._stemmer = _bm25s()
        self._retriever, self.size = retriever, size
        self._vocab = retriever.vocab_dict

    @classmethod
    def build(cls, texts: list[str]) -> "KeywordScorer":
        bm25s, stemmer = _bm25s()
        retriever = bm25s.BM25()
        tokens = bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False)
        retriever.index(tokens, show_progress=False)
        return cls(retriever, len(texts))

    @classmethod
    def load(cls, folder: Path, size: int) -> "KeywordScorer":
        bm25s, _ = _bm25s()
        return cls(bm25s.BM25.load(str(folder), mmap=True, show_progress=False), size)

    def save(self, folder: Path) -> None:
        self._retriever.save(str(folder), show_progress=False)

    def scores(self, question: str) -> np.ndarray:
        words = self._bm25s.tokenize([question], stopwords="en", stemmer=self._stemmer, show_progress=False,
                                     return_ids=False)[0]
        known = [w for w in words if w in self._vocab]
        if not known:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores(known), dtype=np.float32)
