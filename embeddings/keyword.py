"""BM25 keyword scores over the indexed clauses (English stemming), saved with the index in bm25s's file layout
and memory-mapped when read: a large index is not tokenized again at every start.

The scores are built by embeddings/bm25.py; reading and summing them is a few lines of numpy written out here, so
that a question never imports bm25s (and scipy with it: 0.3 s of a cold `assistant ask`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from assistant.language.stems import stem_words, stopwords, without_accents

from .bm25 import PARAMS, STARTS, TOKENS, Tokens, bm25_matrix, tokenized

# bm25s's methods whose scores are all in the saved matrix (BM25L and BM25+ add a score for absent words)
_SAVED_WHOLE = {"robertson", "lucene", "atire"}


class KeywordScorer:
    """Scores every indexed clause against a question with BM25: each word's precomputed score per clause,
    kept as bm25s keeps them (a sparse matrix by word: data, indices, indptr)."""

    def __init__(self, vocab: dict[str, int], data: np.ndarray, indices: np.ndarray, indptr: np.ndarray,
                 size: int, params: dict | None = None, tokens: Tokens | None = None):
        self._vocab, self._data, self._indices, self._indptr = vocab, data, indices, indptr
        self.size, self._params, self._tokens = size, params or {}, tokens
        self._mapped: tuple[np.ndarray, np.ndarray] | None = None  # (ids, starts) of saved tokens
        self._accented: dict[str, list[str]] | None = None

    @classmethod
    def build(cls, texts: list[str], kept: Tokens | None = None) -> "KeywordScorer":
        """BM25 over the texts; `kept`: the tokens of texts they begin with (KeywordScorer.tokens of the index
        they are added to), not tokenized again. The scores are made again from every text: each depends on
        every text's length and every word's frequency."""
        tokens = tokenized(texts, kept)
        data, indices, indptr = bm25_matrix(tokens)
        return cls(dict(tokens.vocab), data, indices, indptr, len(texts), dict(PARAMS), tokens)

    def tokens(self) -> Tokens | None:
        """The texts' tokens, when the build that saved the scores kept them."""
        if self._tokens is None and self._mapped is not None:
            vocab = {word: i for word, i in self._vocab.items() if word}  # less the empty word bm25s adds
            self._tokens = Tokens(*self._mapped, vocab)
        return self._tokens

    @classmethod
    def load(cls, folder: Path, size: int) -> "KeywordScorer":
        """The scores a build saved in `folder` (as bm25s saves them), memory-mapped."""
        params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
        if params.get("method") not in _SAVED_WHOLE:
            raise ValueError(f"{folder.name}: BM25 method {params.get('method')!r} is not one this reads")
        vocab = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
        data, indices, indptr = (np.load(folder / f"{name}.csc.index.npy", mmap_mode="r")
                                 for name in ("data", "indices", "indptr"))
        scorer = cls(vocab, data, indices, indptr, size, params)
        # mapped now: the folder may be read through a directory handle that is closed once the index is open
        if (folder / TOKENS).exists():
            scorer._mapped = tuple(np.load(folder / name, mmap_mode="r") for name in (TOKENS, STARTS))
        return scorer

    def save(self, folder: Path) -> None:
        """Write the scores as bm25s.BM25.save does (bm25s.BM25.load reads them back)."""
        folder.mkdir(parents=True, exist_ok=True)
        for name, array in (("data", self._data), ("indices", self._indices), ("indptr", self._indptr)):
            np.save(folder / f"{name}.csc.index.npy", np.asarray(array))
        (folder / "vocab.index.json").write_text(json.dumps(self._vocab, ensure_ascii=False), encoding="utf-8")
        params = self._params | {"num_docs": self.size}
        (folder / "params.index.json").write_text(json.dumps(params, indent=4), encoding="utf-8")
        tokens = self.tokens()
        if tokens is not None:
            np.save(folder / TOKENS, np.asarray(tokens.ids, dtype=np.int32))
            np.save(folder / STARTS, np.asarray(tokens.starts, dtype=np.int64))

    def scores(self, question: str) -> np.ndarray:
        words = self.words(question)
        ids = np.array([self._vocab[form] for w in words for form in self.forms(w)], dtype=np.int64)
        scores = np.zeros(self.size, dtype=np.float32)
        # one word at a time, as bm25s adds them, so the sums are the same to the last bit
        for start, end in zip(self._indptr[ids], self._indptr[ids + 1]):
            np.add.at(scores, self._indices[start:end], self._data[start:end])
        return scores

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
        stop = stopwords()
        # stem_words: a PyStemmer per thread (the server answers questions on several)
        return stem_words([w for w in _TOKEN.findall(question.lower()) if w not in stop])


_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # bm25s.tokenize's token_pattern
