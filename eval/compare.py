"""Score several retrieval configurations side by side, in one run with one model load."""

from __future__ import annotations

from collections.abc import Callable

from assistant.search.fusion import Fusion

from .baseline import NaiveBaseline
from .questions import Question
from .retrieval_eval import evaluate

CONFIGURATIONS = ("bm25", "dense", "hybrid", "naive")


def rankers(assistant, naive: bool = True, where=None) -> dict[str, Callable]:
    """Each configuration as a ranker: (eval Question, k) -> ranked clause keys (or chunk id sets for naive),
    searching what the question's filter (else `where`) names.

    bm25 and dense are search alone; hybrid is the product: fused search plus explicit-reference lookup.
    """
    def clause_ranker(fusion: Fusion | None, references: bool = False):
        return lambda q, k: [p.key for p in assistant.retrieve(q.question, k, fusion=fusion, references=references,
                                                               where=q.where(where))]

    found = {
        "bm25": clause_ranker(Fusion("bm25")),
        "dense": clause_ranker(Fusion("dense", segment_weight=0.0)),
        "hybrid": clause_ranker(None, references=True),
    }
    if naive:
        baseline = NaiveBaseline(assistant.documents, assistant.records, assistant.embedder)
        found["naive"] = lambda q, k: baseline.rank(q.question, k, assistant.scope(q.where(where)))
    return found


def compare(assistant, questions: list[Question], k: int = 10, progress: Callable | None = None,
            names: tuple[str, ...] = CONFIGURATIONS, where=None, as_gold: Callable | None = None) -> dict:
    """{configuration: report} for the named configurations (see retrieval_eval.evaluate)."""
    documents = [d["symbol"] for d in assistant.documents]
    available = rankers(assistant, naive="naive" in names, where=where)
    return {name: evaluate(available[name], questions, documents, k=k, progress=progress, as_gold=as_gold)
            for name in names}
