"""What each question reader earns: how many dev and test answers change when it alone is switched off.

    python scripts/reader_ablation.py [--index DIR] [--only NAME ...]

Prints one row per reader (questions.question.READERS and PREPARATION): answers changed on dev, on test. An answer
changed is one whose text, citations or abstention differ from the answer with every reader on. Only counts are
printed: the test split is scored, not read. docs/question-forms.md records the numbers.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def answers(assistant, questions, off: frozenset[str]) -> list[tuple]:
    from assistant.answers.answering import ANSWER_DEPTH, answer

    out = []
    for q in questions:
        found = answer(assistant.searcher, assistant.read(q.question, off), None, ANSWER_DEPTH)
        out.append((found.answer, tuple((c.doc, c.id) for c in found.citations), found.abstained))
    return out


def main() -> None:
    from assistant.eval.questions import EVAL_DIR, load_questions

    from assistant import Assistant
    from assistant.questions.question import PREPARATION, READERS

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, help="index folder (default: a fresh one of the bundled resolution)")
    parser.add_argument("--only", nargs="*", help="readers to measure (default: all)")
    args = parser.parse_args()
    assistant = Assistant.open(args.index or Path(tempfile.mkdtemp(prefix="ablation-")) / "index", build=True)
    splits = {name: load_questions(EVAL_DIR / f"{name}.jsonl") for name in ("dev", "test")}
    base = {name: answers(assistant, questions, frozenset()) for name, questions in splits.items()}
    print("| reader | dev answers changed | test answers changed |\n|---|---|---|", flush=True)
    for reader in args.only or [*READERS, *PREPARATION]:
        changed = {name: sum(a != b for a, b in zip(base[name], answers(assistant, questions, frozenset({reader}))))
                   for name, questions in splits.items()}
        print(f"| {reader} | {changed['dev']} of {len(splits['dev'])} | {changed['test']} of {len(splits['test'])} |",
              flush=True)


if __name__ == "__main__":
    main()
