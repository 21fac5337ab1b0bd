"""Records for a parsed resolution: its clauses and their footnotes."""

from __future__ import annotations

from dataclasses import dataclass, field

PREAMBULAR = "preambular"
OPERATIVE = "operative"
SUBPARAGRAPH = "subparagraph"
ANNEX = "annex"


@dataclass(frozen=True)
class Footnote:
    """A footnote marker taken out of a clause, with the note's text when the source kept it."""

    number: int
    note: str | None = None


@dataclass(frozen=True)
class Clause:
    """One citable paragraph: a preambular, operative, sub- or annex paragraph.

    `text` is the resolution's own words (what gets quoted); `parent` is the id of the
    paragraph whose chapeau introduces a sub-paragraph.
    """

    id: str
    kind: str
    label: str
    text: str
    parent: str | None = None
    footnotes: tuple[Footnote, ...] = ()

    def to_dict(self) -> dict:
        # written out, not dataclasses.asdict: an index build writes forty thousand of these
        return {"id": self.id, "kind": self.kind, "label": self.label, "text": self.text, "parent": self.parent,
                "footnotes": [{"number": f.number, "note": f.note} for f in self.footnotes]}

    @classmethod
    def from_dict(cls, row: dict) -> "Clause":
        notes = tuple(Footnote(**f) for f in row.get("footnotes", ()))
        return cls(row["id"], row["kind"], row["label"], row["text"], row.get("parent"), notes)


@dataclass(frozen=True)
class Resolution:
    """A parsed resolution: metadata and its clauses in document order."""

    symbol: str
    title: str
    date: str | None
    clauses: tuple[Clause, ...] = field(default_factory=tuple)

    def clause(self, clause_id: str) -> Clause | None:
        return next((c for c in self.clauses if c.id == clause_id), None)

    def to_dict(self) -> dict:
        return {
            "symbol": self.symbol,
            "title": self.title,
            "date": self.date,
            "clauses": [c.to_dict() for c in self.clauses],
        }

    @classmethod
    def from_dict(cls, row: dict) -> "Resolution":
        clauses = tuple(Clause.from_dict(c) for c in row["clauses"])
        return cls(row["symbol"], row["title"], row.get("date"), clauses)
