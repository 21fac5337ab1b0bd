"""Answer-level scores: citation precision/recall/F1 and abstention, over a question file."""

from __future__ import annotations

from collections.abc import Callable

from . import metrics
from .questions import Question, qualify

ANSWER_METRICS = ("citation_precision", "citation_recall", "citation_f1", "abstention_accuracy", "false_abstentions")


def score_answers(results: list[tuple[Question, set[str], bool]], documents: list[str]) -> dict:
    """Scores from (question, cited keys, abstained) triples.

    Precision is micro-averaged over every citation made (a citation on an unanswerable question is
    wrong); recall over every gold id; false_abstentions is the share of answerable questions abstained on.
    """
    cited_total = cited_gold = gold_total = gold_found = 0
    unanswerable = abstained_right = answerable = abstained_wrong = 0
    for question, cited, abstained in results:
        gold = {qualify(g, documents) for g in question.gold}
        cited_total += len(cited)
        cited_gold += len(cited & gold)
        gold_total += len(gold)
        gold_found += len(cited & gold)
        if question.answerable:
            answerable += 1
            abstained_wrong += abstained
        else:
            unanswerable += 1
            abstained_right += abstained
    precision = cited_gold / cited_total if cited_total else 0.0
    recall = gold_found / gold_total if gold_total else 0.0
    return {
        "citation_precision": round(precision, 4),
        "citation_recall": round(recall, 4),
        "citation_f1": round(metrics.f1(precision, recall), 4),
        "abstention_accuracy": round(abstained_right / unanswerable, 4) if unanswerable else None,
        "false_abstentions": round(abstained_wrong / answerable, 4) if answerable else None,
    }


def evaluate_answers(answerer: Callable, questions: list[Question], documents: list[str],
                     progress: Callable | None = None, as_gold: Callable | None = None) -> dict:
    """Run `answerer(question) -> Answer` (a Question record) on every question and score the citations;
    `as_gold(key, gold)` renames a citation that counts as a gold paragraph (eval.renewals)."""
    results, failures = [], []
    for question in questions:
        if progress:
            progress(question)
        answer = answerer(question)
        gold = {qualify(g, documents) for g in question.gold}
        cited = {f"{c.doc}#{c.id}" for c in answer.citations}
        cited = {as_gold(key, gold) for key in cited} if as_gold else cited
        results.append((question, cited, answer.abstained))
        if cited != gold or (answer.abstained != (not question.answerable)):
            failures.append({"id": question.id, "question": question.question, "kind": question.kind,
                             "gold": sorted(gold), "cited": sorted(cited), "abstained": answer.abstained,
                             "answer": answer.answer})
    return score_answers(results, documents) | {"answer_failures": failures}
