"""Two indexed resolutions compared (alignment.align over their clauses and stored vectors), and the series a
resolution belongs to."""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass

import numpy as np

from assistant.documents.metadata import similar_title, title_key
from assistant.embeddings import ann
from assistant.embeddings.store import document_rows
from assistant.search.filters import Filter

from .alignment import Pair, Paragraph, align


@dataclass(frozen=True)
class Comparison:
    """Resolution A, resolution B, and every paragraph of each in one pair."""

    a: str
    b: str
    pairs: tuple[Pair, ...]

    @property
    def counts(self) -> dict[str, int]:
        return dict(Counter(p.status for p in self.pairs))

    @property
    def summary(self) -> str:
        """One line on how much the two share."""
        if self.a == self.b or all(p.status == "unchanged" for p in self.pairs):
            return f"{self.a} and {self.b} are the same text: all {len(self.pairs)} paragraphs unchanged."
        kept = sum(1 for p in self.pairs if p.a and p.b)
        share = kept / max(1, len(self.pairs))
        said = ", ".join(f"{n} {status}" for status, n in sorted(self.counts.items(), key=lambda x: -x[1]))
        lead = "They share little" if share < 0.2 else "They share most paragraphs" if share > 0.6 else "They share some"
        return f"{lead}: {kept} of {len(self.pairs)} paragraph pairs have a counterpart ({said})."

    def to_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "summary": self.summary, "counts": self.counts,
                "pairs": [p.to_dict() for p in self.pairs]}


def compare(store, a: str, b: str) -> Comparison:
    """Compare the resolutions `a` and `b` of an index (embeddings.store.StoredIndex; symbols as a user types
    them, "80/218" will do; FilterError naming the closest held when one is not indexed). No model is needed:
    the paragraphs' vectors are the index's own."""
    first, second = (_symbol(store.documents, s) for s in (a, b))
    sides = [_paragraphs(store, symbol) for symbol in (first, second)]
    return Comparison(first, second, tuple(align(sides[0][0], sides[1][0], sides[0][1], sides[1][1])))


def _symbol(documents: list[dict], asked: str) -> str:
    return next(iter(Filter((asked,)).resolve(documents)))


def _paragraphs(store, symbol: str):
    start, end = document_rows(store.documents, store.records)[symbol]
    records = [store.records[row] for row in range(start, end)]
    paragraphs = [Paragraph(r.clause.id, r.clause.kind, r.clause.text) for r in records]
    return paragraphs, np.asarray(ann.matrix(store.vectors)[start:end])


def series(documents: list[dict], asked: str) -> list[dict]:
    """The indexed resolutions of one series, oldest first: those whose title is the asked title, or the title of
    the asked resolution, give or take a word or two."""
    held = {d["symbol"]: d for d in documents}
    try:
        title = held[_symbol(documents, asked)]["title"]
    except (ValueError, KeyError):
        title = asked
    matcher = difflib.SequenceMatcher(None, "", title_key(title))  # the asked title analysed once, as the second
    found = [d for d in documents if similar_title(matcher, title_key(d["title"]))]
    return sorted(found, key=lambda d: (d.get("date") or "", d["symbol"]))
