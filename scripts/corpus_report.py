"""How many texts of a corpus folder parse, and with contiguous operative numbering.

    python scripts/corpus_report.py [FOLDER] [--show N]

"Contiguous" means: operative paragraphs 1..n were all found (none skipped: the highest number that
starts a line in the body is n), and the last one ends the resolution with a period or a colon.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from assistant.documents.files import load_resolution, read_text
from assistant.documents.layout import strip_layout
from assistant.documents.parser import CLOSING, OPENING, NotAResolution

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "ga-78-80"


def numbers_in_body(raw: str) -> list[int]:
    lines = list(strip_layout(raw).lines)
    start = next((i for i, s in enumerate(lines) if OPENING.match(s)), 0)
    end = next((i for i in range(start, len(lines)) if CLOSING.match(lines[i])), len(lines))
    return [int(m.group(1)) for s in lines[start:end] if (m := re.match(r"^(\d{1,3})\.(?:\s|$)", s))]


def check(path: Path) -> str:
    try:
        resolution = load_resolution(path)
    except NotAResolution:
        return "error"
    ops = [c for c in resolution.clauses if c.kind == "operative"]
    if not ops:
        return "no operative paragraphs"
    if not ops[0].label.startswith("operative paragraph"):
        return "contiguous (unnumbered)" if ops[-1].text.endswith((".", ":")) else "incomplete"
    highest = max(numbers_in_body(read_text(path)), default=0)
    if len(ops) >= highest and ops[-1].text.rstrip("”\"").endswith((".", ":")):
        return "contiguous"
    return "incomplete"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=20, help="list up to N texts that fail")
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.txt"))
    if not files:
        print(f"no .txt files in {args.folder}", file=sys.stderr)
        return 2
    outcomes = {f: check(f) for f in tqdm(files, desc="parsing", unit="text")}
    counts = Counter(outcomes.values())
    good = counts["contiguous"] + counts["contiguous (unnumbered)"]
    print(f"{args.folder}: {len(files)} texts")
    for outcome, n in counts.most_common():
        print(f"  {outcome:26} {n:5}")
    print(f"parse with contiguous operative numbering: {good}/{len(files)} ({good / len(files):.1%})")
    for path, outcome in [(f, o) for f, o in outcomes.items() if not o.startswith("contiguous")][:args.show]:
        print(f"  {outcome:26} {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
