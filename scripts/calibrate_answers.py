"""Calibrate the grounded answer policy (abstention, which clauses to cite) on the dev split only.

    python scripts/calibrate_answers.py [eval/dev.jsonl]

Retrieves once per question, then scores every policy in a grid offline. Prints the best policies
under the constraint false_abstentions <= 0.03 (a margin below the 5% target).
"""

from __future__ import annotations

import itertools
import sys

from assistant.answers.answering import ANSWER_DEPTH, unanswerable
from assistant.eval.answer_eval import score_answers
from assistant.eval.questions import load_questions
from assistant.answers.grounded import Policy, select
from assistant.search.retriever import Assistant


def main(path: str = "eval/dev.jsonl") -> None:
    assistant = Assistant.open()
    docs = [d["symbol"] for d in assistant.documents]
    questions = load_questions(path)
    retrieved = []
    for q in questions:
        passages = assistant.retrieve(q.question, ANSWER_DEPTH)
        asked = set(assistant.asked_documents(q.question))
        known = unanswerable(q.question, passages, docs, assistant.vocabulary(asked or None),
                             assistant.theme({p.doc for p in passages}), assistant.related(passages))
        retrieved.append((q, passages, known))
    grid = itertools.product((0.27, 0.3, 0.33, 0.36, 0.4), (0.9, 0.95, 1.01), (0.4, 0.5, 0.6), (1, 2, 3),
                             (0.7, 0.8, 0.85, 0.9, 0.95), (3, 4), (0.0, 0.2, 0.3, 0.4, 0.5), (0.8, 0.85, 0.9, 1.01))
    rows = []
    for abstain, ratio, sim, most, list_ratio, list_most, single, beside in grid:
        policy = Policy(abstain, ratio, sim, most, list_ratio, list_most, single, beside)
        results = []
        for q, passages, known_unanswerable in retrieved:
            chosen = [] if known_unanswerable else select(passages, policy, q.question)
            results.append((q, {p.key for p in chosen}, not chosen))
        scores = score_answers(results, docs)
        if scores["false_abstentions"] <= 0.03:
            rows.append((scores["citation_f1"] + scores["abstention_accuracy"], scores, policy))
    rows.sort(key=lambda r: -r[0])
    for total, s, p in rows[:15]:
        print(f"{total:.3f} P={s['citation_precision']:.3f} R={s['citation_recall']:.3f} F1={s['citation_f1']:.3f} "
              f"abst={s['abstention_accuracy']:.2f} false={s['false_abstentions']:.3f}  {p}")


if __name__ == "__main__":
    main(*sys.argv[1:])
