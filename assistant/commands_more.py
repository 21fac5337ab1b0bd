"""Subcommands that build on retrieval: eval (and later ask, serve)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli import add_index_options, print_json


def register_more(sub) -> None:
    p = sub.add_parser("eval", help="score retrieval on a question file",
                       description="Score retrieval on a JSONL question file ({\"id\", \"question\", \"gold\": [...]}) "
                                   "and print hit@1, hit@5, recall@5, MRR@10, nDCG@10 and the failed questions.")
    p.add_argument("file", type=Path)
    p.add_argument("--k", type=int, default=10, help="paragraphs retrieved per question (default 10)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    add_index_options(p)
    p.set_defaults(run=run_eval)


def run_eval(args: argparse.Namespace) -> None:
    from .commands import open_assistant
    from .eval.questions import load_questions
    from .eval.retrieval_eval import METRICS, evaluate

    questions = load_questions(args.file)
    assistant = open_assistant(args)
    documents = [d["symbol"] for d in assistant.documents]

    def ranker(question: str, k: int) -> list[str]:
        return [p.key for p in assistant.retrieve(question, k)]

    report = evaluate(ranker, questions, documents, k=args.k)
    if args.json:
        print_json({key: report[key] for key in ("n", *METRICS, "failures")})
        return
    print(f"{report['n']} answerable questions of {len(questions)} in {args.file}")
    for metric in METRICS:
        print(f"  {metric:9} {report[metric]:.3f}")
    print(f"failures (first result not gold): {len(report['failures'])}")
    for f in report["failures"]:
        got = ", ".join(ids[0].split("#")[-1] for ids in f["retrieved"])
        gold = ", ".join(g.split("#")[-1] for g in f["gold"])
        print(f"  {f['id']} [{f['kind']}] {f['question']}\n      gold {gold} | got {got}")
