"""The subcommands of the CLI, one function each (heavy imports happen inside them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .options import add_filter_options, add_index_options, filter_from, print_json, wrap


def register(sub) -> None:
    p = sub.add_parser("parse", help="split a resolution file into clauses",
                       description="Parse a resolution (.txt or .pdf) into preambular, operative and "
                                   "sub-paragraph clauses with stable ids (PP1, OP4, OP4(k)).")
    p.add_argument("file", type=Path)
    p.add_argument("--symbol", help="document symbol when the text does not carry one (e.g. A/RES/72/179)")
    p.add_argument("--json", action="store_true", help="print the parsed resolution as JSON")
    p.set_defaults(run=run_parse)

    p = sub.add_parser("index", help="build the search index",
                       description="Parse, embed and index resolution files (default: the bundled A/RES/72/179). "
                                   "The folder is replaced atomically; texts the current index already holds "
                                   "are not encoded again, so adding a file to a large index is quick.")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE",
                   help="resolution texts (.txt or .pdf; a FILE.meta.json beside one gives its symbol, title, date)")
    p.add_argument("--if-needed", action="store_true",
                   help="do nothing when the index already holds exactly these files with this model")
    p.add_argument("--skip-invalid", action="store_true",
                   help="index the files that are resolutions and name each one left out on stderr "
                        "(default: stop at the first file that is not, leaving the index untouched)")
    add_index_options(p)
    p.set_defaults(run=run_index)

    p = sub.add_parser("retrieve", help="find the paragraphs that answer a question",
                       description="Return the k clauses that best answer QUESTION, with citations. "
                                   "Explicit references (\"para. 4 (k)\", \"PP10\") are looked up directly; "
                                   "\"Where is X mentioned?\" lists every paragraph that names X.")
    p.add_argument("question")
    p.add_argument("--k", type=int, default=5, help="number of paragraphs (default 5)")
    p.add_argument("--json", action="store_true", help="print a JSON list of passages")
    add_filter_options(p)
    add_index_options(p)
    p.set_defaults(run=run_retrieve)



def run_parse(args: argparse.Namespace) -> None:
    from assistant.documents.files import load_resolution

    resolution = load_resolution(args.file, symbol=args.symbol)
    if args.json:
        print_json(resolution.to_dict())
        return
    print(f"{resolution.symbol}  {resolution.title}  ({resolution.date or 'date unknown'})")
    print(f"{len(resolution.clauses)} clauses")
    for clause in resolution.clauses:
        text = clause.text if len(clause.text) < 90 else clause.text[:87] + "..."
        print(f"{clause.id:10} {text}")


def run_index(args: argparse.Namespace) -> None:
    from assistant.documents.parser import NotAResolution
    from assistant.embeddings.encoder import open_embedder
    from assistant.search.indexing import build_index, default_index_dir, ensure_index

    folder = args.index or default_index_dir()
    embedder = open_embedder(args.model)
    if args.if_needed:
        result = ensure_index(folder, embedder, args.files or None)
    else:
        try:
            result = build_index(args.files, folder, embedder, skip_invalid=args.skip_invalid)
        except NotAResolution as exc:
            several = len(args.files) > 1 and not args.skip_invalid
            raise NotAResolution(f"{exc}; --skip-invalid indexes the others" if several else str(exc)) from None
    for reason in result.skipped:
        print(f"skipped {reason}", file=sys.stderr)
    state = "built" if result.rebuilt else "up to date"
    left_out = f"; {_count(len(result.skipped), 'file')} skipped" if result.skipped else ""
    print(f"index {state}: {result.folder} ({_count(result.documents, 'resolution')}, "
          f"{_count(result.clauses, 'clause')}{left_out})", file=sys.stderr)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def open_assistant(args: argparse.Namespace):
    from assistant import Assistant

    return Assistant.open(args.index, args.model)


def run_retrieve(args: argparse.Namespace) -> None:
    from assistant.questions.typed import check_question

    check_question(args.question)  # fail before loading the model
    assistant = open_assistant(args)
    passages = assistant.retrieve(args.question, k=args.k, where=filter_from(args))
    question = assistant.read(args.question)
    if question.not_indexed and not question.documents:  # on stderr, so that --json output stays pipeable
        verb = "is" if len(question.not_indexed) == 1 else "are"
        print(f"note: {' and '.join(question.not_indexed)} {verb} not in the index; these paragraphs are from the "
              "indexed resolutions", file=sys.stderr)
    if args.json:
        print_json([p.to_dict() for p in passages])
        return
    for rank, p in enumerate(passages, start=1):
        how = {"reference": "named in the question", "mention": "mentions what is asked about"}.get(
            p.via, f"score {p.score:.3f}")
        print(f"{rank}. {p.citation}  ({p.label}; {how})")
        print(wrap(p.text))
        if p.chapeau:
            print(wrap(f"[chapeau of {p.id.split('(')[0]}: {p.chapeau}]"))
        print()
