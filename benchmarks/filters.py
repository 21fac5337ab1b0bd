"""Filtered against unfiltered retrieval over one index, in one run (`make bench-filters`; issue 21's target:
p95 filtered <= 1.2 x unfiltered over the full corpus).

For no filter and for each kind of filter (one session, one year, the General Assembly, one resolution, title
words), p50/p95 wall time of `Assistant.retrieve(question, k=5, where=...)` over the questions, warm (every
question asked once before timing; questions naming a resolution left out), encoding included: what a user waits for. A filter restricts the search
itself: the clauses in scope are scored exactly (search/dense.py), however many they are.

    python benchmarks/filters.py --index DIR [--questions eval/corpus/dev.jsonl]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def filters(documents: list[dict]) -> dict:
    """A filter of each kind, chosen from what the index holds: its commonest session and year, its first
    resolution, and the commonest title word that is not a function word."""
    from assistant.search.filters import Filter, session_of, year_of

    sessions = Counter(s for s in (session_of(d["symbol"]) for d in documents) if s)
    years = Counter(y for y in (year_of(d) for d in documents) if y)
    words = Counter(w for d in documents for w in set((d.get("title") or "").lower().split())
                    if len(w) > 5 and w.isalpha())
    chosen = {"none": None}
    if sessions:
        chosen[f"session {sessions.most_common(1)[0][0]}"] = Filter(session=sessions.most_common(1)[0][0])
    if years:
        chosen[f"year {years.most_common(1)[0][0]}"] = Filter(year=years.most_common(1)[0][0])
    chosen["body GA"] = Filter(body="GA")
    chosen[f"one resolution ({documents[0]['symbol']})"] = Filter((documents[0]["symbol"],))
    if words:
        chosen[f"title “{words.most_common(1)[0][0]}”"] = Filter(title=words.most_common(1)[0][0])
    return chosen


def timed(assistant, questions: list[str], where) -> tuple[float, float]:
    for question in questions:  # warm: every code path and page touched once
        assistant.retrieve(question, 5, where=where)
    times = []
    for question in questions:
        start = time.perf_counter()
        assistant.retrieve(question, 5, where=where)
        times.append(time.perf_counter() - start)
    return float(np.percentile(times, 50)) * 1000, float(np.percentile(times, 95)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, required=True, help="index folder (the full corpus, for the target)")
    parser.add_argument("--questions", type=Path, default=ROOT / "eval" / "corpus" / "dev.jsonl")
    args = parser.parse_args()
    from assistant.eval.questions import load_questions

    from assistant import Assistant

    assistant = Assistant.open(args.index)
    # those naming no resolution: one named outside a filter is refused (FilterError), not searched
    questions = [q.question for q in load_questions(args.questions) if not assistant.read(q.question).documents]
    print(f"{len(assistant.documents)} resolutions, {len(assistant.records)} clauses; {len(questions)} questions; "
          f"{os.cpu_count()} cores")
    base = None
    for name, where in filters(assistant.documents).items():
        p50, p95 = timed(assistant, questions, where)
        base = base or p95
        print(f"  {name:40} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   p95 {p95 / base:4.2f}x unfiltered", flush=True)
    print("target: filtered p95 <= 1.2x unfiltered")


if __name__ == "__main__":
    main()
