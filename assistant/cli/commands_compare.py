"""`assistant series` and `assistant compare`: a resolution's versions, and what changed between two of them."""

from __future__ import annotations

import argparse
from pathlib import Path

from .options import print_json, wrap

SIGNS = {"unchanged": "=", "changed": "~", "renumbered": ">", "split": "<", "merged": "+", "new": "+", "dropped": "-"}


def register(sub) -> None:
    p = sub.add_parser("series", help="the indexed resolutions of one series, oldest first",
                       description="List the indexed resolutions of a series: those with the same title (give or "
                                   "take a word), found from a title or from one of them by symbol.")
    p.add_argument("title", metavar="TITLE_OR_SYMBOL", help='"Protection of migrants", or 80/218')
    p.add_argument("--json", action="store_true", help="print a JSON list of {symbol, title, date}")
    _index_option(p)
    p.set_defaults(run=run_series)

    p = sub.add_parser("compare", help="what changed between two resolutions, paragraph by paragraph",
                       description="Pair every paragraph of A with its counterpart in B, or with none: unchanged, "
                                   "changed (with the words inserted and deleted), renumbered, split, merged, "
                                   "new (only in B) or dropped (only in A). Both must be indexed; a draft and its "
                                   "adopted text work the same way.")
    p.add_argument("a", metavar="A", help="the earlier resolution (A/RES/72/179 or 72/179)")
    p.add_argument("b", metavar="B", help="the later one")
    p.add_argument("--json", action="store_true",
                   help='print {"a", "b", "summary", "counts", "pairs": [{"a", "b", "status", "similarity", '
                        '"diff": [{"op", "text"}]}]}')
    p.add_argument("--out", type=Path, metavar="FILE.html", help="also write the comparison as an HTML page")
    p.add_argument("--only", choices=("changed", "new", "dropped"), help="print only pairs of this kind")
    _index_option(p)
    p.set_defaults(run=run_compare)


def _index_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--index", type=Path, default=None, metavar="DIR",
                   help="index folder (default: $ASSISTANT_INDEX or ./index beside the project)")


def _store(args: argparse.Namespace):
    from assistant.embeddings.store import read_index
    from assistant.search.indexing import default_index_dir

    return read_index(args.index or default_index_dir())


def run_series(args: argparse.Namespace) -> None:
    from assistant.compare.comparison import series
    from assistant.documents.citation import long_date

    found = [{"symbol": d["symbol"], "title": d["title"], "date": d.get("date")}
             for d in series(_store(args).documents, args.title)]
    if args.json:
        print_json(found)
        return
    if not found:
        print(f"No indexed resolution has the title {args.title!r}.")
    for d in found:
        print(f"{d['symbol']:16} {long_date(d['date']) or '(no date)':18} {d['title']}")


def run_compare(args: argparse.Namespace) -> None:
    from assistant.compare.comparison import compare

    comparison = compare(_store(args), args.a, args.b)
    if args.out:
        from assistant.compare.html import comparison_html

        args.out.write_text(comparison_html(comparison), encoding="utf-8")
    if args.json:
        print_json(comparison.to_dict())
        return
    print(comparison.summary)
    for pair in comparison.pairs:
        if args.only and pair.status != args.only:
            continue
        print(f"{SIGNS[pair.status]} {pair.a or '-':10} {pair.b or '-':10} {pair.status}")
        if pair.diff and pair.status != "unchanged":
            print(wrap(" ".join(_marked(op, text) for op, text in pair.diff), indent="    "))


def _marked(op: str, text: str) -> str:
    return text if op == "equal" else f"[+{text}+]" if op == "insert" else f"[-{text}-]"
