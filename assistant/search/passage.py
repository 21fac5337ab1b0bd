"""A retrieved clause, ready to cite."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Passage:
    """One retrieved clause: where it is, how it is cited, its words and (for sub-paragraphs) its chapeau.

    `via` says how it was found: "reference" (the question named it), "mention" (it names what
    "Where is X mentioned?" asks about) or "search". `score` ranks
    passages within one question; `similarity` is the dense cosine (clause and best window mixed),
    comparable across questions, and `keyword` the BM25 score scaled to 0..1 (divided by the larger of
    the best score and the fusion's keyword floor); abstention is calibrated on these two.
    """

    doc: str
    id: str
    label: str
    citation: str
    score: float
    text: str
    chapeau: str | None = None
    doc_title: str = ""
    kind: str = ""
    via: str = "search"
    similarity: float = 0.0
    keyword: float = 0.0
    doc_date: str | None = None  # the resolution's date of adoption (ISO), when its text gives it

    @property
    def key(self) -> str:
        return f"{self.doc}#{self.id}"

    @property
    def year(self) -> int | None:
        """The year its resolution was adopted, when its date gives one."""
        year = (self.doc_date or "")[:4]
        return int(year) if year.isdigit() else None

    def to_dict(self) -> dict:
        return asdict(self)
