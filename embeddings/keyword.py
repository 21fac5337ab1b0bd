"""BM25 keyword scores over the indexed clauses (bm25s, English stemming), saved with the index and
memory-mapped when read: a large index is not tokenized again at every start."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.language.stems import without_accents


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
        self._accented: dict[str, list[str]] | None = None

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
        words = self.words(question)
        known = [form for w in words for form in self.forms(w)]
        if not known:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores(known), dtype=np.float32)

    def forms(self, word: str) -> list[str]:
        """The indexed words a question's (stemmed) word stands for: itself, and the words written with accents
        that it spells without them ("hammarskjold" finds "hammarskjöld": people asking often drop accents)."""
        if self._accented is None:  # made at the first question: the few indexed words that have accents
            self._accented = {}
            for indexed in self._vocab:
                if not indexed.isascii():
                    self._accented.setdefault(without_accents(indexed), []).append(indexed)
        own = [word] if word in self._vocab else []
        return own + [w for w in self._accented.get(without_accents(word), ()) if w != word]

    def words(self, question: str) -> list[str]:
        """The question's stemmed words as bm25s.tokenize makes them (lowercase, its token pattern, its English
        stopwords), repeats kept; written out because bm25s.tokenize sets up four progress bars per call, a
        tenth of a warm question's time."""
        stop = _stopwords()
        return self._stemmer.stemWords([w for w in _TOKEN.findall(question.lower()) if w not in stop])


_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # bm25s.tokenize's token_pattern


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN)
