"""Combine dense and keyword scores into one ranking (pure functions).

Defaults chosen on the dev split with scripts/tune_fusion.py (numbers in the issue notes).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Fusion:
    """How scores are combined.

    method: "weighted" (dense min-max scaled, BM25 divided by max(top score, keyword_floor), summed),
    "rrf" (reciprocal rank fusion), "dense" or "bm25" alone.
    segment_weight: share of a clause's dense score taken from its best-matching word window.
    keyword_floor: a BM25 top score below this is a weak match and counts for less.
    preamble_weight: a preambular paragraph's fused score is multiplied by this unless the question asks about the
    preamble: the preamble recalls and notes what the operative paragraphs act on, and a question about what a
    resolution does is answered by the paragraph that acts (issue 21: over 61 resolutions the right resolution came
    first for 98% of questions, the right paragraph for 65%, most misses a preambular paragraph on the subject).
    single_preamble_weight: the same when one resolution is searched (the rows searched are one resolution's);
    None: preamble_weight. Among hundreds of resolutions more preambles speak of any subject (recalling what other
    bodies decided), so the preamble weighs less than within one.
    title_weight: with the weighted method, each clause gains this times its resolution's BM25 score for the
    question over the titles of the resolutions held (divided by max(top score, keyword_floor)): a resolution's
    title says what all of it is about, and among hundreds of resolutions it picks the one the question is on
    where a clause's own words do not ("the Hammarskjöld investigation": the name is in the title, not in the
    paragraph that answers). Constant, so of no effect, when one resolution or one series is searched.
    year_weight: each clause of a resolution adopted in a year the question asks about ("In 2024, what were States
    urged to do?", questions.scope.dated) gains this, unless the question names its resolutions: a paragraph
    renewed every year in slightly other words is otherwise found in whichever year says it best (an exact
    renewal is answered from the year asked by answers/renewals.py).
    """

    method: str = "weighted"
    dense_weight: float = 0.8
    segment_weight: float = 0.5
    keyword_floor: float = 5.0
    rrf_k: int = 60
    preamble_weight: float = 1.0
    single_preamble_weight: float | None = None
    title_weight: float = 0.0
    year_weight: float = 0.0


# preamble x0.9 (scripts/sweep_preamble.py, dev splits): corpus dev hit@1 0.645 -> 0.694, F1 0.468 -> 0.536; bundled
# dev hit@1 0.928 -> 0.931, F1 0.884 -> 0.881. x0.8 gained more on the corpus (F1 0.565) but cost the bundled 0.017.
# titles x0.2 (the full 909-resolution corpus, its dev split, /tmp sweep of 0-1): doc@1 0.916 -> 0.964, hit@5 0.868
# -> 0.904, hit@1 0.639 -> 0.651, F1 0.532 -> 0.544; 0.1-0.3 alike, 0.5 and 1.0 lower (doc@1 0.952, 0.940)
# years x0.2 (full corpus; dev 0.1 / 0.2 / 0.4; 2026-12-06): over twelve new dev questions on resolutions outside the
# slice hit@1 0.40 -> 0.60, doc@1 0.40 -> 0.80; corpus dev hit@1 0.651 -> 0.639 ("in 2024" the year a 2023 text plans
# for), F1 0.582 -> 0.588; test: hit@5 0.844 -> 0.867, slice hit@1 0.711 -> 0.733, nothing lower
# preamble x0.8 when several resolutions are searched, x0.9 within one (fourteenth session, the 910-resolution index):
# corpus dev hit@5 0.928 -> 0.952, F1 0.667 -> 0.676; whole-corpus dev F1 0.675 -> 0.682, abstention 0.60 -> 0.70;
# slice dev F1 0.693 -> 0.709; the bundled resolution unchanged. x0.8 within one too gained the slice dev more (F1
# 0.717) but cost the bundled dev F1 0.884 -> 0.879 (its test fell under its floors): its questions ask about the
# preamble more often. Test: corpus hit@1 0.778 -> 0.800, F1 0.629 alike; slice hit@1 0.778 -> 0.844, F1 0.685 -> 0.710
DEFAULT_FUSION = Fusion(preamble_weight=0.8, single_preamble_weight=0.9, title_weight=0.2, year_weight=0.2)


def minmax(scores: np.ndarray) -> np.ndarray:
    low, high = float(scores.min()), float(scores.max())
    if high - low < 1e-9:
        return np.zeros_like(scores, dtype=np.float32)
    return ((scores - low) / (high - low)).astype(np.float32)


def ranks(scores: np.ndarray) -> np.ndarray:
    """1-based rank of each row (ties broken by row order)."""
    order = np.argsort(-scores, kind="stable")
    out = np.empty(len(scores), dtype=np.int64)
    out[order] = np.arange(1, len(scores) + 1)
    return out


def dense_mix(whole: np.ndarray, best_window: np.ndarray, fusion: Fusion) -> np.ndarray:
    return (1 - fusion.segment_weight) * whole + fusion.segment_weight * best_window


def fuse(dense: np.ndarray | None, keyword: np.ndarray | None, fusion: Fusion) -> np.ndarray:
    """One score per row; higher is better."""
    if fusion.method == "dense":
        return dense.astype(np.float32)
    if fusion.method == "bm25":
        return keyword.astype(np.float32)
    if fusion.method == "rrf":
        w = fusion.dense_weight
        return (w / (fusion.rrf_k + ranks(dense)) + (1 - w) / (fusion.rrf_k + ranks(keyword))).astype(np.float32)
    if fusion.method == "weighted":
        scaled = keyword / max(float(keyword.max()), fusion.keyword_floor)
        return (fusion.dense_weight * minmax(dense) + (1 - fusion.dense_weight) * scaled).astype(np.float32)
    raise ValueError(f"unknown fusion method {fusion.method!r}")
