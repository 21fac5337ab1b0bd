"""Retrieval and citation metrics: pure functions over a ranking and the gold ids.

A ranking is a sequence of results; each result is one clause id, or a set of ids for a chunk that
spans several paragraphs (the naive baseline), which counts as citing every paragraph it contains.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

Result = str | Collection[str]


def ids_of(result: Result) -> set[str]:
    return {result} if isinstance(result, str) else set(result)


def returned_ids(ranked: Sequence[Result], k: int) -> set[str]:
    """Every paragraph id the first k results cite."""
    return set().union(*(ids_of(r) for r in ranked[:k])) if ranked[:k] else set()


def hit_at(ranked: Sequence[Result], gold: set[str], k: int) -> float:
    """1.0 when a gold id is among the first k results."""
    return float(bool(returned_ids(ranked, k) & gold))


def recall_at(ranked: Sequence[Result], gold: set[str], k: int) -> float:
    """Share of the gold ids found among the first k results."""
    return len(gold & returned_ids(ranked, k)) / len(gold) if gold else 0.0


def reciprocal_rank(ranked: Sequence[Result], gold: set[str], k: int = 10) -> float:
    """1 / rank of the first result holding a gold id within the first k, else 0."""
    for rank, result in enumerate(ranked[:k], start=1):
        if ids_of(result) & gold:
            return 1.0 / rank
    return 0.0


def ndcg_at(ranked: Sequence[Result], gold: set[str], k: int = 10) -> float:
    """Binary-relevance nDCG@k: a result is relevant when it holds a gold id not credited before."""
    seen: set[str] = set()
    dcg = 0.0
    for rank, result in enumerate(ranked[:k], start=1):
        new = (ids_of(result) & gold) - seen
        if new:
            dcg += 1.0 / math.log2(rank + 1)
            seen |= new
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(gold), k) + 1))
    return dcg / ideal if ideal else 0.0


def document_first(ranked: Sequence[Result], gold: set[str]) -> float:
    """1.0 when the first result is a paragraph of a resolution the gold ids are in ("right resolution first")."""
    if not ranked:
        return 0.0
    first = sorted(ids_of(ranked[0]))
    return float(bool(first) and first[0].split("#")[0] in {g.split("#")[0] for g in gold})


def citation_scores(cited: set[str], gold: set[str]) -> tuple[float | None, float | None]:
    """(precision, recall) of one answer's citations; None where undefined (nothing cited / no gold)."""
    precision = len(cited & gold) / len(cited) if cited else None
    recall = len(cited & gold) / len(gold) if gold else None
    return precision, recall


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
