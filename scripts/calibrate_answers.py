"""Calibrate the grounded answer policy (abstention, which clauses to cite) on the dev split only.

    python scripts/calibrate_answers.py [eval/dev.jsonl [INDEX_DIR]]

Retrieves once per question, then scores every policy in a grid offline. Prints the best policies
under the constraint false_abstentions <= 0.03 (a margin below the 5% target).
"""

from __future__ import annotations

import itertools
import sys

from assistant.eval.answer_eval import score_answers
from assistant.eval.questions import load_questions

from assistant import Assistant
from assistant.answers.answering import ANSWER_DEPTH
from assistant.answers.gaps import find_gap
from assistant.answers.select import Policy, select
from assistant.search.rerank import rerank

ABSTAIN = (0.27, 0.3, 0.33, 0.36, 0.4)


def main(path: str = "eval/dev.jsonl", index: str | None = None) -> None:
    assistant = Assistant.open(index, build=True)
    docs = [d["symbol"] for d in assistant.documents]
    questions = load_questions(path)
    retrieved = []
    searcher, lexicon = assistant.searcher, assistant.searcher.lexicon
    for q in questions:
        question = assistant.read(q.question)
        passages = searcher.search(question, ANSWER_DEPTH)
        gap = find_gap(question, passages, docs, lexicon.vocabulary(set(question.documents) or None),
                       lexicon.theme({p.doc for p in passages}), searcher.related(passages))
        retrieved.append((q, question, passages, gap is not None))
    grid = itertools.product(ABSTAIN, (0.9, 0.95, 1.01), (0.4, 0.5, 0.6), (1, 2, 3),
                             (0.7, 0.8, 0.85, 0.9, 0.95), (3, 4), (0.0, 0.2, 0.3, 0.4, 0.5), (0.8, 0.85, 0.9, 1.01))
    # as answers.answering does: re-ranked (the clauses under the abstention threshold never brought first)
    reranked = {abstain: [passages if gap else rerank(passages, question, assistant.embedder, abstain)
                          for _, question, passages, gap in retrieved] for abstain in ABSTAIN}
    rows = []
    for abstain, ratio, sim, most, list_ratio, list_most, single, beside in grid:
        policy = Policy(abstain, ratio, sim, most, list_ratio, list_most, single, beside)
        results = []
        for (q, question, _, known_unanswerable), passages in zip(retrieved, reranked[abstain]):
            chosen = [] if known_unanswerable else select(passages, policy, question)
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
