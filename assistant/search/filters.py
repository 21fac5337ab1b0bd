"""Which resolutions a search may answer from: a filter by symbol, body, session, year and words of the title.

A filter names resolutions; `resolve` turns it into the symbols of the indexed ones it names, which restrict the
search itself (search.searcher: those clauses are always scored). A symbol the index does not hold, or a filter
that names none, is an error naming what it was and what is close.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from assistant.questions.named_resolutions import first_symbol

BODIES = {"GA": "General Assembly", "SC": "Security Council", "HRC": "Human Rights Council"}
PAGE_SIZE = 25


class FilterError(ValueError):
    """A filter that names a resolution the index does not hold, or names none of those it holds."""


@dataclass(frozen=True)
class Filter:
    """Resolutions asked for: any of `symbols`, and every other condition given."""

    symbols: tuple[str, ...] = ()
    body: str | None = None  # GA, SC or HRC
    session: int | None = None  # 78 for A/RES/78/...
    year: int | None = None  # of adoption
    title: str | None = None  # words every title must hold, in any case
    words: tuple[str, ...] = field(default=(), init=False)

    def __post_init__(self):
        if self.body is not None and self.body.upper() not in BODIES:
            raise FilterError(f"body must be one of {', '.join(BODIES)}, not {self.body!r}")
        object.__setattr__(self, "words", tuple(re.findall(r"\w+", (self.title or "").lower())))

    def __bool__(self) -> bool:
        return bool(self.symbols or self.body or self.session or self.year or self.words)

    def describe(self) -> str:
        """The filter in words: "session 78, body GA, title “migrants”"."""
        parts = [", ".join(self.symbols)] if self.symbols else []
        parts += [f"{name} {value}" for name, value in (("body", self.body), ("session", self.session),
                                                          ("year", self.year)) if value]
        return ", ".join(parts + ([f"title “{self.title}”"] if self.title else []))

    def matches(self, document: dict) -> bool:
        symbol = document["symbol"]
        return ((not self.body or body_of(symbol) == self.body.upper())
                and (not self.session or session_of(symbol) == self.session)
                and (not self.year or year_of(document) == self.year)
                and all(word in (document.get("title") or "").lower() for word in self.words))

    def resolve(self, documents: list[dict]) -> frozenset[str]:
        """The symbols of the indexed resolutions the filter names; FilterError when it names none, or names a
        symbol the index does not hold."""
        held = [d["symbol"] for d in documents]
        named = set()
        for asked in self.symbols:
            symbol = normalise(asked)
            if symbol not in held:
                close = difflib.get_close_matches(symbol, held, n=3, cutoff=0.6)
                raise FilterError(f"{asked} is not in the index" + (f"; closest: {', '.join(close)}" if close else ""))
            named.add(symbol)
        found = frozenset(d["symbol"] for d in documents
                          if (not named or d["symbol"] in named) and self.matches(d))
        if not found:
            raise FilterError(f"no indexed resolution matches {self.describe()}")
        return found


def normalise(symbol: str) -> str:
    """"78/217", "resolution 78/217", "a/res/78/217" -> "A/RES/78/217"."""
    return first_symbol(symbol.strip()) or symbol.strip().upper()


def body_of(symbol: str) -> str | None:
    if symbol.startswith("A/HRC/"):
        return "HRC"
    return {"A": "GA", "S": "SC"}.get(symbol.split("/", 1)[0])


def session_of(symbol: str) -> int | None:
    """78 for A/RES/78/217; None for the Security Council, which has no sessions."""
    match = re.match(r"^A/(?:HRC/)?RES/(\d+)/", symbol)
    return int(match.group(1)) if match else None


def year_of(document: dict) -> int | None:
    if document.get("date"):
        return int(document["date"][:4])
    match = re.search(r"\((\d{4})\)", document["symbol"])
    return int(match.group(1)) if match else None


def described(document: dict) -> dict:
    """A document as the API and the UI show it: no server path, no clause ids; its body, session and year."""
    shown = {key: document.get(key) for key in ("symbol", "title", "date", "clauses")}
    return shown | {"body": body_of(document["symbol"]), "session": session_of(document["symbol"]),
                    "year": year_of(document)}


def search_documents(documents: list[dict], text: str = "", where: Filter | None = None, page: int = 1,
                     size: int = PAGE_SIZE) -> dict:
    """A page of the documents whose symbol or title holds `text` and that `where` names (no error when none
    does: a list may be empty), newest session first."""
    words = re.findall(r"\w+", text.lower())
    found = [d for d in documents if (where is None or where.matches(d))
             and all(w in f"{d['symbol']} {d.get('title') or ''}".lower() for w in words)]
    found.sort(key=lambda d: (-(year_of(d) or 0), -(session_of(d["symbol"]) or 0), _number(d["symbol"])))
    pages = max(1, -(-len(found) // size))
    page = min(max(page, 1), pages)
    return {"total": len(found), "page": page, "pages": pages,
            "documents": [described(d) for d in found[(page - 1) * size:page * size]]}


def _number(symbol: str) -> int:
    match = re.search(r"/(\d+)(?:\s|$)", symbol)
    return int(match.group(1)) if match else 0


def search_scope(asked: tuple[str, ...], where: frozenset[str] | None) -> set[str] | None:
    """The resolutions a search may answer from: those asked about, within `where` when given; None for all.
    FilterError when the question names only resolutions the filter leaves out."""
    if where is None:
        return set(asked) or None
    if asked and not set(asked) & set(where):
        raise FilterError(f"the question names {' and '.join(asked)}, which the filter leaves out "
                          f"({len(where)} resolution{'s' * (len(where) > 1)} searched): widen the filter or ask "
                          f"without naming {'it' if len(asked) == 1 else 'them'}")
    return set(asked) & set(where) if asked else set(where)
