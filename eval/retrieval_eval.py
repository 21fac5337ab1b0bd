"""Score a ranker on a question file: hit@1, hit@5, recall@5, MRR@10, nDCG@10, the right resolution first (doc@1)
and the failures."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import metrics
from .questions import Question, qualify

Ranker = Callable[[Question, int], Sequence[metrics.Result]]
METRICS = ("hit@1", "hit@5", "recall@5", "mrr@10", "ndcg@10", "doc@1")


def score_question(ranked: Sequence[metrics.Result], gold: set[str]) -> dict[str, float]:
    return {
        "hit@1": metrics.hit_at(ranked, gold, 1),
        "hit@5": metrics.hit_at(ranked, gold, 5),
        "recall@5": metrics.recall_at(ranked, gold, 5),
        "mrr@10": metrics.reciprocal_rank(ranked, gold, 10),
        "ndcg@10": metrics.ndcg_at(ranked, gold, 10),
        "doc@1": metrics.document_first(ranked, gold),
        "ids@5": float(len(metrics.returned_ids(ranked, 5))),
    }


def evaluate(ranker: Ranker, questions: list[Question], documents: list[str], k: int = 10,
             progress: Callable | None = None, as_gold: Callable | None = None) -> dict:
    """Metrics averaged over the answerable questions; a failure is one whose first result is not gold.
    `as_gold(key, gold)` renames a result that counts as a gold paragraph (eval.renewals)."""
    rows, failures = [], []
    for question in questions:
        if progress:
            progress(question)
        if not question.answerable:
            continue
        gold = {qualify(g, documents) for g in question.gold}
        ranked = list(ranker(question, k))
        ranked = [as_gold(key, gold) for key in ranked] if as_gold else ranked
        scores = score_question(ranked, gold)
        rows.append((question, scores))
        if not scores["hit@1"]:
            failures.append({"id": question.id, "question": question.question, "kind": question.kind,
                             "gold": sorted(gold), "retrieved": [sorted(metrics.ids_of(r)) for r in ranked[:5]]})
    return summarise(rows) | {"failures": failures}


def summarise(rows: list[tuple[Question, dict]]) -> dict:
    """Means over all rows, and per question kind under "by_kind"."""
    summary = {"n": len(rows)} | {m: round(metrics.mean([s[m] for _, s in rows]), 4) for m in METRICS}
    summary["ids@5"] = round(metrics.mean([s["ids@5"] for _, s in rows]), 2)
    kinds = sorted({q.kind for q, _ in rows})
    summary["by_kind"] = {
        kind: {"n": sum(q.kind == kind for q, _ in rows)}
        | {m: round(metrics.mean([s[m] for q, s in rows if q.kind == kind]), 4) for m in METRICS}
        for kind in kinds
    }
    return summary
