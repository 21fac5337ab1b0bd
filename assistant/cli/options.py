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
                   help="sentence-transformers model folder, or bundled:all-MiniLM-L6-v2 or bundled:all-mpnet-base-v2 "
                        "(default $ASSISTANT_MODEL, else both bundled models at equal weight)")


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def wrap(text: str, indent: str = "   ") -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


