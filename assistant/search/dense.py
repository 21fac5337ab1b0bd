"""Dense similarity of a question to clauses: the whole clause, and its best word window.

An exact index is scored whole (one matrix product: every clause gets its true score); an approximate one (IVF-PQ,
above embeddings.ann.APPROXIMATE_ABOVE vectors) is searched for its DENSE_DEPTH nearest, the rest counting as
least similar. Clauses in scope (a filter, a resolution the question names) are always scored exactly, from the
index's own vectors: restricting the search never leaves them unscored.
"""

from __future__ import annotations

import numpy as np

from assistant.embeddings import ann
from assistant.embeddings.store import StoredIndex

DENSE_DEPTH = 1000  # neighbours an approximate index returns per question


class DenseScorer:
    """Scores questions against an index's clause and window vectors."""

    def __init__(self, store: StoredIndex, member_queries=None):
        self.vectors, self.windows = ann.matrix(store.vectors), ann.matrix(store.segments)
        self.index, self.segments = store.vectors, store.segments
        owners = ann.ids_of(store.segments)
        # windows were added clause by clause: clause row r owns windows [start[r], start[r + 1])
        self.window_start = np.searchsorted(owners, np.arange(len(self.vectors) + 1)).astype(np.int64)
        self.member_queries = member_queries or (lambda queries: [queries])

    def similarities(self, query: np.ndarray, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(whole-clause cosine, best-window cosine) of one encoded query for `rows` (sorted clause rows; every
        row when None). With several models, each finds its own best window of a clause, as it would alone."""
        if rows is None and (ann.is_approximate(self.index) or ann.is_approximate(self.segments)):
            return self._nearest(query)
        whole = self.vectors @ query if rows is None else self.vectors[rows] @ query
        window_rows, offsets = self._windows_of(rows)
        shares = [share[0] for share in self.member_queries(query[None, :])]
        window = sum(np.maximum.reduceat(self.windows[window_rows] @ share, offsets) for share in shares)
        return whole.astype(np.float32), np.asarray(window, dtype=np.float32)

    def _windows_of(self, rows: np.ndarray | None) -> tuple[np.ndarray | slice, np.ndarray]:
        """The window rows of the clause rows, and where each clause's windows begin among them."""
        if rows is None:
            return slice(None), self.window_start[:-1]
        starts, ends = self.window_start[rows], self.window_start[rows + 1]
        lengths = ends - starts
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
        return np.repeat(starts - offsets, lengths) + np.arange(int(lengths.sum())), offsets

    def _nearest(self, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        rows = len(self.vectors)
        whole = _best_per_row(self.index, query[None, :], rows)
        window = sum(_best_per_row(self.segments, share, rows) for share in self.member_queries(query[None, :]))
        return whole, np.asarray(window, dtype=np.float32)


def _best_per_row(index, query: np.ndarray, rows: int) -> np.ndarray:
    """Best similarity per clause row among the index's nearest; rows not reached count as least similar."""
    found, ids = index.search(query, min(DENSE_DEPTH, index.ntotal))
    scores = np.full(rows, float(found[0].min()) - 1e-3, dtype=np.float32)
    # Several windows share a row: keep the best, which FAISS returns first.
    for score, row in zip(found[0][::-1], ids[0][::-1]):
        if row >= 0:
            scores[row] = score
    return scores
