"""Dense similarity of a question to clauses: the whole clause, and its best word window.

An exact index is scored whole (one matrix product: every clause gets its true score); an approximate one (IVF-PQ,
above embeddings.ann.APPROXIMATE_ABOVE vectors) is searched for its DENSE_DEPTH nearest, the rest counting as
least similar. When the word windows are approximate, those of the DENSE_DEPTH clauses nearest as wholes are
scored exactly and no window is searched for. Clauses in scope (a filter, a resolution the question names) are
scored exactly, from the index's own vectors, up to EXACT_SCOPE of them (with approximate windows, those of the
scope's DENSE_DEPTH nearest: a year's filter then costs what an unfiltered search does); a broader scope is searched
within (FAISS skips the clauses outside it as it searches): restricting the search never leaves the clauses in scope
unreached.
"""

from __future__ import annotations

import numpy as np

from assistant.embeddings import ann
from assistant.embeddings.store import StoredIndex

DENSE_DEPTH = 1000  # neighbours an approximate index returns per question
# Clause rows in scope above which an approximate index is searched within them (ann.search_within) rather than
# each scored exactly, reading every window vector in scope. Over the 41k-clause corpus (benchmarks/filters.py):
# the General Assembly filter (35k rows) p95 2.6x unfiltered exact, 1.0x searched within; at 5,000 a session filter
# (14k rows) was searched within too (p95 1.26x), but corpus dev F1 fell 0.516 -> 0.511: sessions stay exact
EXACT_SCOPE = 20_000


class DenseScorer:
    """Scores questions against an index's clause and window vectors."""

    def __init__(self, store: StoredIndex, member_queries=None):
        self.vectors, self.windows = ann.matrix(store.vectors), ann.matrix(store.segments)
        self.index, self.segments = store.vectors, store.segments
        owners = ann.ids_of(store.segments)
        # windows were added clause by clause: clause row r owns windows [start[r], start[r + 1])
        self.window_start = np.searchsorted(owners, np.arange(len(self.vectors) + 1)).astype(np.int64)
        self.member_queries = member_queries or (lambda queries: [queries])
        # read once: faiss's downcast behind it costs a question a tenth of a millisecond
        self.approximate, self.approximate_windows = ann.is_approximate(self.index), ann.is_approximate(self.segments)

    def similarities(self, query: np.ndarray, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(whole-clause cosine, best-window cosine) of one encoded query for `rows` (sorted clause rows; every
        row when None). With several models, each finds its own best window of a clause, as it would alone."""
        if rows is None and (self.approximate or self.approximate_windows):
            return self._nearest(query)
        if rows is not None and not len(rows):  # nothing in scope (reduceat needs one window at least)
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.float32)
        shares = self._shares(query)
        if rows is not None and len(rows) > EXACT_SCOPE and self.approximate_windows:
            return self._nearest(query, rows)
        if rows is None:
            whole = self.vectors @ query
            window = sum(np.maximum.reduceat(self.windows @ share, self.window_start[:-1]) for share in shares)
            return whole.astype(np.float32), np.asarray(window, dtype=np.float32)
        # the rows in scope are runs of consecutive rows (a resolution's clauses are): scored run by run on views of
        # the vectors, never gathering a copy of them (a filter keeping most of a corpus copied hundreds of MB)
        runs = _runs(rows)
        whole = np.concatenate([self.vectors[start:end] @ query for start, end in runs]).astype(np.float32)
        if len(rows) > DENSE_DEPTH and self.approximate_windows:
            # the windows of the scope's nearest, as the whole index reads them (_nearest): a year's 14k clauses have
            # 55k windows (benchmarks/filters.py over the corpus: year 2024 p95 1.51x unfiltered -> 1.06-1.14x;
            # corpus dev F1 0.600 -> 0.603, test unchanged)
            nearest = np.sort(np.argpartition(-whole, DENSE_DEPTH - 1)[:DENSE_DEPTH])
            window = self._windows_of_nearest(rows[nearest], len(self.vectors), shares)
            return whole, window[rows]
        spans = [(self.window_start[start], self.window_start[end]) for start, end in runs]
        lengths = self.window_start[rows + 1] - self.window_start[rows]
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
        window = sum(np.maximum.reduceat(np.concatenate([self.windows[a:b] @ share for a, b in spans]), offsets)
                     for share in shares)
        return whole.astype(np.float32), np.asarray(window, dtype=np.float32)

    def _nearest(self, query: np.ndarray, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The approximate search's scores (of `rows` only, searching only them, when given)."""
        count = len(self.vectors)
        allowed = None
        if rows is not None:
            allowed = np.zeros(count, dtype=bool)
            allowed[rows] = True
        # an exact clause index is scored whole (one product: faster than its top-1000 search, and every row true);
        # indexed, not gathered first: no copy of most of the vectors
        if self.approximate:
            whole, nearest = _searched(self.index, query[None, :], count, allowed)
        else:
            whole = (self.vectors @ query).astype(np.float32)
            candidates = whole if allowed is None else np.where(allowed, whole, -np.inf)
            nearest = np.sort(np.argpartition(-candidates, min(DENSE_DEPTH, count) - 1)[:DENSE_DEPTH])
        window = self._windows_of_nearest(nearest, count, self._shares(query))
        return (whole, window) if rows is None else (whole[rows], window[rows])

    def _shares(self, query: np.ndarray) -> list[np.ndarray]:
        """The query as each model reads it (its part of the concatenated vector, for several models)."""
        return [share[0] for share in self.member_queries(query[None, :])]

    def _windows_of_nearest(self, nearest: np.ndarray, count: int, shares: list[np.ndarray]) -> np.ndarray:
        """Each clause's best window, scored exactly (from the window index's copy) for the clause rows `nearest`
        (the DENSE_DEPTH nearest as wholes, sorted), the rest counting as least similar. Against searching the
        window index (benchmarks/scale.py, 1M clauses, 4M windows): recall@10 of the dense ranking 0.884 -> 0.959,
        with the clause search p50 15.4 -> 9.5 ms; over the corpus (170k windows) whole-corpus dev hit@1 0.667 ->
        0.696, F1 0.581 -> 0.582, corpus dev F1 0.606 -> 0.603."""
        if not len(nearest):
            return np.zeros(count, dtype=np.float32)
        found = sum(best_windows(self.windows, self.window_start, nearest, share) for share in shares)
        window = np.full(count, float(np.min(found)) - 1e-3, dtype=np.float32)
        window[nearest] = found
        return window


def best_windows(windows, window_start: np.ndarray, rows: np.ndarray, query: np.ndarray) -> np.ndarray:
    """The best window similarity of each of the sorted clause `rows` (clause row r owns windows
    [window_start[r], window_start[r + 1])), reading only their windows (`windows`: floats or ann.Quantized)."""
    starts = window_start[rows]
    lengths = window_start[rows + 1] - starts
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    picked = np.repeat(starts - offsets, lengths) + np.arange(int(lengths.sum()))  # their windows, in order
    return np.maximum.reduceat(windows[picked] @ query, offsets)


def _runs(rows: np.ndarray) -> list[tuple[int, int]]:
    """Sorted rows as runs of consecutive rows, [start, end)."""
    breaks = np.flatnonzero(np.diff(rows) != 1) + 1
    starts = np.concatenate([[0], breaks])
    ends = np.concatenate([breaks, [len(rows)]])
    return [(int(rows[a]), int(rows[b - 1]) + 1) for a, b in zip(starts, ends)]


def _searched(index, query: np.ndarray, rows: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Similarity per clause row among the index's DENSE_DEPTH nearest (of the vectors `allowed` marks, when given),
    rows not reached counting as least similar; and the rows reached, sorted."""
    depth = min(DENSE_DEPTH, index.ntotal)
    found, ids = index.search(query, depth) if allowed is None else ann.search_within(index, query, depth, allowed)
    reached = ids[0] >= 0
    scores = np.full(rows, float(found[0].min()) - 1e-3, dtype=np.float32)
    scores[ids[0][reached]] = found[0][reached]
    return scores, np.sort(ids[0][reached])
