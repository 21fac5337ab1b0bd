"""Snapshot every dev and test answer (text, citations, abstention) and the top-10 retrieval, then diff.

    python scripts/answers_diff.py snapshot reports/before.jsonl
    python scripts/answers_diff.py snapshot reports/after.jsonl
    python scripts/answers_diff.py diff reports/before.jsonl reports/after.jsonl
    python scripts/answers_diff.py score reports/after.jsonl

A refactor must leave every line identical. For the test split only ids and counts are printed, never the
questions or the answers: the test split is scored, not read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
SPLITS = ("dev", "test")


def snapshot(out: Path, index: Path | None) -> None:
    from assistant.eval.questions import EVAL_DIR, load_questions
    from tqdm import tqdm

    assistant = _open(index)
    rows = []
    for split in SPLITS:
        questions = load_questions(EVAL_DIR / f"{split}.jsonl")
        for q in tqdm(questions, desc=split, disable=not sys.stderr.isatty()):
            answer = assistant.answer(q.question)
            retrieved = [p.key for p in assistant.retrieve(q.question, 10)]
            rows.append({"split": split, "id": q.id, "answer": answer.answer, "abstained": answer.abstained,
                         "cited": [f"{c.doc}#{c.id}" for c in answer.citations],
                         "quotes": [c.quote for c in answer.citations], "retrieved": retrieved})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} answers written to {out}", file=sys.stderr)


def _open(index: Path | None):
    from assistant import Assistant

    if index:
        return Assistant.open(index, build=True)
    return Assistant.open(Path(tempfile.mkdtemp(prefix="answers-diff-")) / "index", build=True)


def diff(before: Path, after: Path) -> int:
    """Print what changed; exit status 1 when anything did."""
    old, new = _read(before), _read(after)
    changed = 0
    for split in SPLITS:
        keys = [k for k in old if k[0] == split]
        differing = [k for k in keys if old[k] != new.get(k)]
        missing = [k for k in new if k[0] == split and k not in old]
        changed += len(differing) + len(missing)
        print(f"{split}: {len(keys)} questions, {len(differing)} changed, {len(missing)} new")
        for key in differing:
            if split == "test":  # ids only: the test split is never read
                print(f"  {key[1]}")
                continue
            fields = [f for f in old[key] if old[key][f] != (new.get(key) or {}).get(f)]
            print(f"  {key[1]}: {', '.join(fields)}")
            for field in fields:
                print(f"    before {field}: {old[key][field]}")
                print(f"    after  {field}: {(new.get(key) or {}).get(field)}")
    return 1 if changed else 0


def score(path: Path) -> None:
    """Citation precision, recall, F1 and abstention of a snapshot, per split (aggregates only)."""
    from assistant.eval.answer_eval import score_answers
    from assistant.eval.questions import EVAL_DIR, load_questions

    rows = _read(path)
    for split in SPLITS:
        questions = load_questions(EVAL_DIR / f"{split}.jsonl")
        docs = sorted({c.split("#")[0] for (s, _), r in rows.items() if s == split for c in r["cited"]}) or [""]
        results = [(q, set(rows[(split, q.id)]["cited"]), rows[(split, q.id)]["abstained"]) for q in questions]
        print(split, score_answers(results, docs[:1]))


def _read(path: Path) -> dict:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(r.pop("split"), r.pop("id")): r for r in rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("snapshot", help="answer every dev and test question and write the answers")
    p.add_argument("out", type=Path)
    p.add_argument("--index", type=Path, help="an index folder to use (default: a fresh one of the bundled text)")
    p = sub.add_parser("score", help="citation scores of a snapshot, per split")
    p.add_argument("snapshot", type=Path)
    p = sub.add_parser("diff", help="compare two snapshots")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.out, args.index)
        return 0
    if args.command == "score":
        score(args.snapshot)
        return 0
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
