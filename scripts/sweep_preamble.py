"""Dev-split scores for several preamble weights (search.fusion.Fusion.preamble_weight), side by side: the
bundled resolution's dev set and the corpus dev set over an index of eval/corpus/slice.txt.

    python scripts/sweep_preamble.py --corpus-index DIR [--weights 1,0.9,0.8,0.7]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def scores(assistant, path: Path) -> dict:
    from assistant.eval.answer_eval import evaluate_answers
    from assistant.eval.questions import load_questions
    from assistant.eval.retrieval_eval import evaluate

    questions = load_questions(path)
    documents = [d["symbol"] for d in assistant.documents]
    found = evaluate(lambda q, k: [p.key for p in assistant.retrieve(q.question, k, where=q.where())], questions,
                     documents)
    return found | evaluate_answers(lambda q: assistant.answer(q.question, where=q.where()), questions, documents)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus-index", type=Path, required=True)
    parser.add_argument("--index", type=Path, default=None, help="the bundled resolution's index")
    parser.add_argument("--weights", default="1,0.9,0.8,0.7,0.6")
    args = parser.parse_args()
    from assistant.eval.questions import EVAL_DIR

    from assistant import Assistant

    sets = [("bundled dev", Assistant.open(args.index, build=True), EVAL_DIR / "dev.jsonl"),
            ("corpus dev", Assistant.open(args.corpus_index), EVAL_DIR / "corpus" / "dev.jsonl")]
    base = {name: assistant.searcher.fusion for name, assistant, _ in sets}
    for weight in map(float, args.weights.split(",")):
        line = [f"preamble x{weight:.2f}"]
        for name, assistant, path in sets:
            # one weight, within one resolution as among many (Fusion.single_preamble_weight set aside)
            assistant.searcher.fusion = replace(base[name], preamble_weight=weight, single_preamble_weight=None)
            s = scores(assistant, path)
            line.append(f"{name}: hit@1 {s['hit@1']:.3f} hit@5 {s['hit@5']:.3f} P {s['citation_precision']:.3f} "
                        f"R {s['citation_recall']:.3f} F1 {s['citation_f1']:.3f} abst {s['abstention_accuracy']:.3f}")
        print(" | ".join(line), flush=True)


if __name__ == "__main__":
    main()
