"""Late interaction (MaxSim): how closely each word of a question is matched by some word of a clause.

A clause's sentence vector averages all its words, so a clause that matches two words of the question closely
and says much else besides can score under one that matches every word loosely. Matching word by word
(ColBERT's MaxSim, over the bundled models' own token vectors) tells them apart; `assistant.rerank` mixes it
into the ranking of the few best clauses.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable

import numpy as np

Keep = Callable[[str], bool]  # which word pieces take part (the question's content words, not "the", "does")


def token_vectors(model, texts: list[str], keep: Keep) -> list[np.ndarray]:
    """Unit vectors of each text's word pieces that `keep` accepts (all of them if it accepts none);
    `model` is a loaded SentenceTransformer."""
    if not texts:
        return []
    outputs = model.encode(list(texts), output_value="token_embeddings", batch_size=16, convert_to_numpy=False)
    tokenizer, longest = model.tokenizer, model.max_seq_length
    vectors = []
    for text, output in zip(texts, outputs):
        pieces = tokenizer.convert_ids_to_tokens(tokenizer(text, truncation=True, max_length=longest)["input_ids"])
        matrix = output.float().cpu().numpy()
        matrix = matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
        rows = [i for i, piece in enumerate(pieces[:len(matrix)]) if _is_word(piece) and keep(_plain(piece))]
        vectors.append(np.ascontiguousarray(matrix[rows] if rows else matrix, dtype=np.float32))
    return vectors


def maxsim(question: np.ndarray, clause: np.ndarray) -> float:
    """Mean over the question's word pieces of the cosine of its closest word piece in the clause."""
    if not len(question) or not len(clause):
        return 0.0
    return float((question @ clause.T.astype(np.float32)).max(axis=1).mean())


def _plain(piece: str) -> str:
    return piece.lstrip("▁Ġ").lower()  # SentencePiece and byte-level BPE mark a word's start


def _is_word(piece: str) -> bool:
    """A word or a word's first piece, of two letters or more: not "##ing", a digit or punctuation."""
    plain = _plain(piece)
    return plain.isalpha() and len(plain) > 1


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
