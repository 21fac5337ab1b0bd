"""What a resolution's heading states (its date, title, symbol), said without citing a paragraph."""

from __future__ import annotations

from datetime import date

from assistant.language.words import month_name

MAX_LISTED = 5  # beyond this, an unnamed "the resolution" is ambiguous: ask which one


def describe_heading(kind: str, documents: list[dict]) -> str:
    """The heading's answer for each document, in one sentence, saying that no paragraph is cited."""
    if len(documents) > MAX_LISTED:
        return (f"The index holds {len(documents)} resolutions; name the one you mean "
                "(for example \"When was resolution 74/148 adopted?\").")
    facts = "; ".join(_fact(kind, d) for d in documents)
    if kind == "symbol":
        facts = ("It is " if len(documents) == 1 else "The index holds ") + facts
    where = "its heading" if len(documents) == 1 else "their headings"
    return f"{facts}. This is stated in {where}, not in a paragraph, so no paragraph is cited."


def _fact(kind: str, document: dict) -> str:
    symbol = document["symbol"]
    if kind == "symbol":
        known = [f"\u201c{document['title']}\u201d" if document.get("title") else "",
                 f"adopted on {_long_date(document['date'])}" if document.get("date") else ""]
        return ", ".join([symbol, *filter(None, known)])
    if kind == "title":
        return f"{symbol} is titled \u201c{document['title']}\u201d" if document.get("title") \
            else f"{symbol} states no title"
    return f"{symbol} was adopted on {_long_date(document['date'])}" if document.get("date") \
        else f"{symbol} states no date of adoption"


def _long_date(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {month_name(day.month)} {day.year}"
