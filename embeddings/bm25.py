"""BM25 scores built from texts (the Lucene variant, as bm25s makes them): bm25s splits and stems the words, and the
score of every word in every text is computed here with numpy, in the types bm25s computes it in (the same float32
numbers, a test), in a tenth of its time (its build loops over texts in Python: 2.5 s of adding one resolution to
the 910-resolution index went there).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np

K1, B = 1.5, 0.75  # bm25s's defaults
PARAMS = {"k1": K1, "b": B, "delta": 0.5, "method": "lucene", "idf_method": "lucene", "dtype": "float32",
          "int_dtype": "int32"}  # as bm25s writes them in params.index.json
TOKENS, STARTS = "tokens.npy", "token-starts.npy"  # Tokens, saved beside the scores


@dataclass(frozen=True)
class Tokens:
    """Each text's word ids as BM25 counted them, flat (`ids`, text i's from starts[i] to starts[i + 1]), and the
    words' ids: kept with the index, so that rows added later are the only ones tokenized again."""

    ids: np.ndarray
    starts: np.ndarray
    vocab: dict[str, int]

    def __len__(self) -> int:
        return len(self.starts) - 1


def tokenized(texts: list[str], kept: Tokens | None = None) -> Tokens:
    """The texts' Tokens: those of `kept` (the texts they begin with) as they are, the rest tokenized by bm25s
    (lowercase, English stopwords, stems) and their new words' ids put after the kept ones'."""
    import bm25s  # imported lazily: it imports scipy, and only builds tokenize
    import Stemmer

    kept = kept if kept is not None and len(kept) <= len(texts) else None
    start = len(kept) if kept is not None else 0
    if kept is not None and start == len(texts):
        return kept
    new = bm25s.tokenize(texts[start:], stopwords="en", stemmer=Stemmer.Stemmer("english"), show_progress=False)
    vocab = dict(kept.vocab) if kept is not None else {}
    by_id = sorted(new.vocab.items(), key=lambda item: item[1])
    remap = np.array([vocab.setdefault(word, len(vocab)) for word, _ in by_id] or [0], dtype=np.int64)
    lengths = np.array([len(ids) for ids in new.ids], dtype=np.int64)
    flat = remap[np.fromiter(itertools.chain.from_iterable(new.ids), dtype=np.int64, count=int(lengths.sum()))]
    old_ids = np.asarray(kept.ids, dtype=np.int64) if kept is not None else np.zeros(0, dtype=np.int64)
    old_starts = np.asarray(kept.starts, dtype=np.int64) if kept is not None else np.zeros(1, dtype=np.int64)
    starts = np.concatenate([old_starts, old_starts[-1] + np.cumsum(lengths)])
    return Tokens(np.concatenate([old_ids, flat]), starts, vocab)


def bm25_matrix(tokens: Tokens) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(data, indices, indptr): each word's score in each text holding it, by word (a CSC matrix, texts x words)."""
    n, words = len(tokens), len(tokens.vocab)
    starts = np.asarray(tokens.starts, dtype=np.int64)
    lengths = np.diff(starts)
    docs = np.repeat(np.arange(n, dtype=np.int64), lengths)
    # one entry per (word, text), in word then text order: the matrix's own order
    pairs, tf = np.unique(np.asarray(tokens.ids, dtype=np.int64) * max(n, 1) + docs, return_counts=True)
    word, doc = pairs // max(n, 1), pairs % max(n, 1)
    df = np.bincount(word, minlength=words)
    idf = np.zeros(words, dtype=np.float32)
    for i in np.flatnonzero(df):  # math.log, as bm25s takes it, for every float32 to come out the same
        idf[i] = math.log(1 + (n - df[i] + 0.5) / (df[i] + 0.5))
    average = lengths.mean() if n else 1.0
    tfc = tf.astype(np.float32) / (K1 * ((1 - B) + B * lengths[doc] / average) + tf.astype(np.float32))
    data = (idf[word] * tfc).astype(np.float32)
    indptr = np.zeros(words + 1, dtype=np.int32)
    np.cumsum(df, out=indptr[1:])
    return data, doc.astype(np.int32), indptr
