"""Options and output helpers the subcommands share."""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path


class UserError(Exception):
    """An error caused by the input; printed as one line, exit status 2."""


def add_index_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--index", type=Path, default=None, metavar="DIR",
                   help="index folder (default: $ASSISTANT_INDEX or ./index beside the project)")
    p.add_argument("--model", default=None, metavar="NAME",
                   help="bundled:all-MiniLM-L6-v2 (add :int8 for its quantized form), bundled:all-mpnet-base-v2, "
                        "their pair bundled:all-MiniLM-L6-v2+all-mpnet-base-v2, or a sentence-transformers model "
                        "folder (default $ASSISTANT_MODEL, else bundled:all-MiniLM-L6-v2:int8)")


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def wrap(text: str, indent: str = "   ") -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def add_filter_options(p: argparse.ArgumentParser) -> None:
    group = p.add_argument_group("which resolutions to search (default: every indexed one)")
    group.add_argument("--doc", action="append", default=[], metavar="SYMBOL",
                       help="a resolution by symbol (A/RES/80/218 or 80/218); repeat for several")
    group.add_argument("--body", choices=("GA", "SC", "HRC"), type=str.upper, help="General Assembly, Security "
                                                                                  "Council or Human Rights Council")
    group.add_argument("--session", type=int, metavar="N", help="a session of the General Assembly (78)")
    group.add_argument("--year", type=int, metavar="YYYY", help="the year of adoption")
    group.add_argument("--title", metavar="WORDS", help="words every title must hold (migrants)")


def filter_from(args: argparse.Namespace):
    """The Filter the filter options give, or None when none is given."""
    from assistant.search.filters import Filter

    where = Filter(tuple(args.doc), args.body, args.session, args.year, args.title)
    return where or None
