"""Whether a question gets the same answer however it is typed: as written, without its question mark, all
in lowercase without it, and wrapped in a greeting, a request or thanks, over a question file (the dev split
by default; never tune on the test split).

    python scripts/typing_consistency.py [eval/dev.jsonl]

Prints the answer scores of each way of typing and the questions whose answer changed.
"""

from __future__ import annotations

import sys

from assistant.eval.answer_eval import score_answers
from assistant.eval.questions import load_questions
from tqdm import tqdm

from assistant import Assistant

TYPINGS = {"as written": lambda q: q, "no question mark": lambda q: q.rstrip(" ?"),
           "lowercase, no question mark": lambda q: q.lower().rstrip(" ?"),
           "Hi, ...": lambda q: f"Hi, {q[0].lower()}{q[1:]}",
           "Can you tell me: ...": lambda q: f"Can you tell me: {q[0].lower()}{q[1:]}",
           "... Thanks!": lambda q: f"{q} Thanks!"}


def main(path: str = "eval/dev.jsonl") -> None:
    assistant = Assistant.open(build=True)
    documents = [d["symbol"] for d in assistant.documents]
    questions = load_questions(path)
    written: dict[str, set[str]] = {}
    for name, typed in TYPINGS.items():
        results, changed = [], []
        for q in tqdm(questions, desc=name, unit="q", leave=False):
            answer = assistant.answer(typed(q.question))
            cited = {f"{c.doc}#{c.id}" for c in answer.citations}
            results.append((q, cited, answer.abstained))
            written.setdefault(q.id, cited)
            if cited != written[q.id]:
                changed.append(f"    {q.id} {sorted(written[q.id]) or 'abstained'} -> {sorted(cited) or 'abstained'}  "
                               f"{typed(q.question)}")
        s = score_answers(results, documents)
        print(f"{name:28} precision {s['citation_precision']:.3f}  recall {s['citation_recall']:.3f}  abstention "
              f"{s['abstention_accuracy']:.3f}  false {s['false_abstentions']:.3f}  answers changed {len(changed)}")
        if changed:
            print("\n".join(changed))


if __name__ == "__main__":
    main(*sys.argv[1:])
