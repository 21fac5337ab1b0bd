"""Records of an answer: the text with inline markers, and the citations behind them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Citation:
    """One cited clause: where it is, how to cite it, and the exact words that support the answer."""

    doc: str
    id: str
    label: str
    citation: str
    quote: str
    title: str = ""  # the resolution's title and date of adoption: an answer drawn from several names each
    date: str | None = None


@dataclass(frozen=True)
class Removed:
    """Something the citation guard took out of an answer, and why."""

    reason: str
    id: str | None = None
    quote: str | None = None
    sentence: str | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(frozen=True)
class Answer:
    """An answer whose every inline marker ("[OP4(b)]") matches one entry of `citations`."""

    question: str
    answer: str
    citations: tuple[Citation, ...] = ()
    abstained: bool = False
    mode: str = "grounded"
    removed: tuple[Removed, ...] = field(default_factory=tuple)

    def marker(self, citation: Citation) -> str:
        """The marker the answer text uses for a citation: "[A/RES/74/148#OP5(b)]" where the answer cites
        several resolutions, else "[OP5(b)]"; a list of sources shows it so each entry matches the text."""
        qualified = f"[{citation.doc}#{citation.id}]"
        return qualified if qualified in self.answer else f"[{citation.id}]"

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "answer": self.answer,
            "citations": [asdict(c) for c in self.citations],
            "abstained": self.abstained,
            "mode": self.mode,
            "removed": [r.to_dict() for r in self.removed],
        }


@dataclass(frozen=True)
class Draft:
    """What an answer generator proposes, before the guard checks it.

    `quotes` maps a cited id to the words the generator claims support it; the guard checks them.
    """

    text: str
    quotes: dict[str, list[str]] = field(default_factory=dict)
    abstained: bool = False
