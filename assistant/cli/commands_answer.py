"""Subcommands that build on retrieval: eval, ask, serve."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .options import UserError, add_filter_options, add_index_options, filter_from, print_json, wrap


def add_llm_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--llm-url", help="base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:8080/v1 "
                                     "(default $ASSISTANT_LLM_URL)")
    p.add_argument("--llm-model", help="model name to request (default $ASSISTANT_LLM_MODEL)")
    p.add_argument("--llm-key", help="API key (default $ASSISTANT_LLM_KEY or $OPENAI_API_KEY)")
    p.add_argument("--llm-style", choices=("chat", "completion"), default=None,
                   help="chat completions, or plain completions for base models without a chat template "
                        "(default $ASSISTANT_LLM_STYLE or chat)")


def register(sub) -> None:
    p = sub.add_parser("eval", help="score retrieval on a question file",
                       description="Score retrieval on a JSONL question file ({\"id\", \"question\", \"gold\": [...]}) "
                                   "and print hit@1, hit@5, recall@5, MRR@10, nDCG@10 and the failed questions.")
    p.add_argument("file", type=Path)
    p.add_argument("--k", type=int, default=10, help="paragraphs retrieved per question (default 10)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--answers", action="store_true",
                   help="also score answers (grounded mode): citation precision/recall/F1 and abstention")
    p.add_argument("--compare", action="store_true",
                   help="score BM25 only, dense only, hybrid and a naive 1000-character-chunk baseline side by side")
    p.add_argument("--out", type=Path, metavar="DIR", help="write report.md and chart.png to DIR")
    p.add_argument("--renewals", action="store_true",
                   help="count a paragraph with the same words as a gold one, in another resolution (a renewal), "
                        "as that gold paragraph: answers cite the latest renewal, gold may name an earlier one")
    add_filter_options(p)
    add_index_options(p)
    p.set_defaults(run=run_eval)

    p = sub.add_parser("ask", help="answer a question with verified citations",
                       description="Answer QUESTION from the indexed resolutions. Every inline marker such as "
                                   "[OP4(b)] matches a citation with the exact words quoted; cited ids that were not "
                                   "retrieved and quotes not in their clause are removed. Grounded mode (default) "
                                   "needs no LLM; llm mode uses an OpenAI-compatible endpoint "
                                   "($ASSISTANT_LLM_URL, $ASSISTANT_LLM_MODEL, $ASSISTANT_LLM_KEY).")
    p.add_argument("question")
    p.add_argument("--mode", choices=("grounded", "llm"), default="grounded")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    add_filter_options(p)
    add_llm_options(p)
    add_index_options(p)
    p.set_defaults(run=run_ask)

    p = sub.add_parser("serve", help="start the chat UI and the HTTP API",
                       description="Serve the Gradio chat UI at / and the JSON API under /api/v1 (OpenAPI at "
                                   "/api/v1/docs). Binds 127.0.0.1 unless --host says otherwise; no share link, "
                                   "no analytics. Set ASSISTANT_AUTH=user:password for basic auth.")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--allow-uploads", action="store_true",
                   help="let users add resolutions (text or PDF, up to 10 MB) to the served index, in the UI and by "
                        "POST /api/v1/documents; with ASSISTANT_AUTH set, only the signed-in user can")
    p.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    add_index_options(p)
    p.set_defaults(run=run_serve)


def run_eval(args: argparse.Namespace) -> None:
    from tqdm import tqdm

    from assistant.eval.answer_eval import ANSWER_METRICS, evaluate_answers
    from assistant.eval.compare import CONFIGURATIONS, compare
    from assistant.eval.questions import load_questions
    from assistant.eval.renewals import renewal_of_gold
    from assistant.eval.retrieval_eval import METRICS

    from .commands import open_assistant

    questions = load_questions(args.file)
    assistant = open_assistant(args)
    documents = [d["symbol"] for d in assistant.documents]
    names = CONFIGURATIONS if args.compare else ("hybrid",)
    total = len(questions) * (len(names) + args.answers)
    with tqdm(total=total, desc="eval", unit="q", disable=args.json or not sys.stderr.isatty()) as bar:
        tick = lambda _question: bar.update()  # noqa: E731
        where = filter_from(args)
        as_gold = renewal_of_gold(assistant) if args.renewals else None
        reports = compare(assistant, questions, args.k, tick, names, where, as_gold)
        answers = evaluate_answers(lambda q: assistant.answer(q.question, where=q.where(where)), questions, documents,
                                   tick, as_gold) if args.answers else None
    if args.out:
        from assistant.eval.report import write_report

        path = write_report(args.out, f"Evaluation of {args.file}", reports, answers)
        print(f"report written to {path}", file=sys.stderr)
    report = reports["hybrid"] | (answers or {})
    if args.compare:
        _print_compare(reports, args.json)
        return
    if args.json:
        keys = ("n", *METRICS, "failures") + ((*ANSWER_METRICS, "answer_failures") if args.answers else ())
        print_json({key: report[key] for key in keys})
        return
    print(f"{report['n']} answerable questions of {len(questions)} in {args.file}")
    for metric in METRICS:
        print(f"  {metric:9} {report[metric]:.3f}")
    if args.answers:
        for metric in ANSWER_METRICS:
            print(f"  {metric:20} {report[metric]}")
    print(f"failures (first result not gold): {len(report['failures'])}")
    for f in report["failures"]:
        got = ", ".join(ids[0].split("#")[-1] for ids in f["retrieved"])
        gold = ", ".join(g.split("#")[-1] for g in f["gold"])
        print(f"  {f['id']} [{f['kind']}] {f['question']}\n      gold {gold} | got {got}")


def run_ask(args: argparse.Namespace) -> None:
    from assistant.documents.citation import source_line
    from assistant.questions.typed import check_question

    from .commands import open_assistant

    check_question(args.question)
    generator = None
    if args.mode == "llm":
        from assistant.answers.llm import LLMConfigError, LLMGenerator

        try:
            generator = LLMGenerator.from_environment(url=args.llm_url, model=args.llm_model, key=args.llm_key,
                                                      style=args.llm_style)
        except LLMConfigError as exc:
            raise UserError(f"{exc} (grounded mode needs no LLM: drop --mode llm)") from None
    result = open_assistant(args).answer(args.question, mode=args.mode, generator=generator, where=filter_from(args))
    if args.json:
        print_json(result.to_dict())
        return
    print(wrap(result.answer, indent=""))
    if result.citations:
        print()
    for c in result.citations:
        source = source_line(c.title, c.date)
        print(f"{result.marker(c)} {c.citation}" + (f" ({source})" if source else ""))
        print(wrap(f"“{c.quote}”"))
    for r in result.removed:
        print(f"(removed: {r.reason}{': ' + (r.id or r.quote or r.sentence or '') if (r.id or r.quote or r.sentence) else ''})",
              file=sys.stderr)


def run_serve(args: argparse.Namespace) -> None:
    from assistant.ui.server import auth_from_environment, serve

    from .commands import open_assistant

    try:
        auth_from_environment()
    except ValueError as exc:
        raise UserError(str(exc)) from None
    serve(open_assistant(args), host=args.host, port=args.port, allow_uploads=args.allow_uploads)


def _print_compare(reports: dict, as_json: bool) -> None:
    from assistant.eval.report import kind_table, metric_table

    if as_json:
        print_json(reports)
        return
    print("\n".join(metric_table(reports)))
    print()
    print("\n".join(kind_table(reports)))
