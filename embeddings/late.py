"""Late interaction (MaxSim): how closely each word of a question is matched by some word of a clause.

A clause's sentence vector averages all its words, so a clause that matches two words of the question closely
and says much else besides can score under one that matches every word loosely. Matching word by word
(ColBERT's MaxSim, over the bundled models' own token vectors) tells them apart; `assistant.rerank` mixes it
into the ranking of the few best clauses.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable

import numpy as np

Keep = Callable[[str], bool]  # which word pieces take part (the question's content words, not "the", "does")
Pieces = tuple[np.ndarray, list[str]]  # a text's word pieces: their unit vectors, one row each, and the pieces
QUERY_MEMORY = 256  # questions whose word pieces are kept after encoding


def maxsim(question: np.ndarray, clause: np.ndarray) -> float:
    """Mean over the question's word pieces of the cosine of its closest word piece in the clause."""
    if not len(question) or not len(clause):
        return 0.0
    return float((question @ clause.T.astype(np.float32)).max(axis=1).mean())


def plain(piece: str) -> str:
    return piece.lstrip("▁Ġ").lower()  # SentencePiece and byte-level BPE mark a word's start


def is_word(piece: str) -> bool:
    """A word or a word's first piece, of two letters or more: not "##ing", a digit or punctuation."""
    word = plain(piece)
    return word.isalpha() and len(word) > 1


def kept(matrix: np.ndarray, pieces: list[str], keep: Keep) -> np.ndarray:
    """The rows of `matrix` (one unit vector per word piece) for the pieces that are words `keep` accepts; all
    rows when it accepts none."""
    rows = [i for i, piece in enumerate(pieces[:len(matrix)]) if is_word(piece) and keep(plain(piece))]
    return np.ascontiguousarray(matrix[rows] if rows else matrix, dtype=np.float32)


class TokenCache:
    """The token vectors of the clauses last scored, by text, in half precision: a clause is encoded word by
    word once, not at every question (the few best clauses of a resolution recur). At most about 70 MB for
    both bundled models (1,024 clauses of some 30 content word pieces, 768 + 384 numbers each)."""

    def __init__(self, size: int = 1024):
        self.size, self._vectors = size, OrderedDict()

    def get(self, texts: list[str], encode: Callable[[list[str]], list[np.ndarray]]) -> list[np.ndarray]:
        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        for text, vectors in zip(missing, encode(missing) if missing else ()):
            self._vectors[text] = vectors.astype(np.float16)
        for text in texts:
            self._vectors.move_to_end(text)
        while len(self._vectors) > self.size:
            self._vectors.popitem(last=False)
        return [self._vectors[t] for t in texts]


class WordPieces:
    """The word pieces an encoder makes, for MaxSim: the last questions encoded (kept from that very run, so a
    question costs no second pass) and the clauses last scored (TokenCache). `run` encodes texts into Pieces."""

    def __init__(self, run: Callable[[list[str]], list[Pieces]]):
        self.run = run
        self._queries: OrderedDict[str, Pieces] = OrderedDict()
        self._clauses: dict[Keep, TokenCache] = {}
        self._lock = threading.Lock()  # the server answers several questions at once

    def remember(self, texts: list[str], pieces: list[Pieces]) -> None:
        with self._lock:
            for text, found in zip(texts, pieces):
                self._queries[text] = found
                self._queries.move_to_end(text)
            while len(self._queries) > QUERY_MEMORY:
                self._queries.popitem(last=False)

    def late_scores(self, question: str, texts: list[str], keep: Keep, asked: Keep | None = None) -> np.ndarray:
        """MaxSim of the question against each text over the word pieces `keep` accepts (of the question's, those
        `asked` accepts too, when given)."""
        with self._lock:
            found = self._queries.get(question)
        # only the question's pieces are filtered: the clauses' stay cached by `keep` alone
        question_keep = keep if asked is None else (lambda word: keep(word) and asked(word))
        pieces = kept(*(found or self.run([question])[0]), question_keep)
        with self._lock:
            cache = self._clauses.setdefault(keep, TokenCache())
            clauses = cache.get(list(texts), lambda missing: [kept(*p, keep) for p in self.run(missing)])
        return np.array([maxsim(pieces, clause) for clause in clauses], dtype=np.float32)
