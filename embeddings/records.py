"""An index's clause rows: `Record`, one indexed clause, and `Records`, the rows of clauses.jsonl read lazily."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.documents.clause import Clause


@dataclass(frozen=True)
class Record:
    """One indexed clause: its document, the cited clause, and the text that was embedded."""

    doc: str
    doc_title: str
    clause: Clause
    embed_text: str
    chapeau: str | None = None

    def to_json(self) -> str:
        row = {"doc": self.doc, "doc_title": self.doc_title, "embed_text": self.embed_text,
               "chapeau": self.chapeau, **self.clause.to_dict()}
        return json.dumps(row, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> "Record":
        row = json.loads(line)
        return cls(row["doc"], row["doc_title"], Clause.from_dict(row), row["embed_text"], row.get("chapeau"))


class Records(Sequence):
    """The clause rows of clauses.jsonl, each parsed when first read: a question reads a few rows, and parsing
    forty thousand would cost a cold start half a second."""

    def __init__(self, lines: list[str]):
        self._lines = lines
        self._parsed: list[Record | None] = [None] * len(lines)

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        found = self._parsed[row]
        if found is None:
            found = self._parsed[row] = Record.from_json(self._lines[row])
        return found

    def __eq__(self, other) -> bool:
        return list(self) == list(other)


def jsonl(records: Sequence[Record], kept: Sequence[Record] | None = None) -> str:
    """clauses.jsonl's text. `kept`: the rows of an index that `records` begin with, written as they were read
    (serialising forty thousand rows again took a second of adding one resolution)."""
    lines = kept._lines if isinstance(kept, Records) else [r.to_json() for r in kept or ()]
    return "".join(line + "\n" for line in lines) + "".join(r.to_json() + "\n" for r in records[len(lines):])
