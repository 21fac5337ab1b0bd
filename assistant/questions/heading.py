"""Questions that a resolution's heading answers (when it was adopted, what it is called), not its paragraphs."""

from __future__ import annotations

import re
from datetime import date

from assistant.documents.metadata import MONTHS

_ITSELF = (r"(?:it|this|that|(?:the|this|that) (?:present )?(?:resolution|text|document)|"
           r"(?:(?:the )?(?:General Assembly|GA|Security Council|SC|Human Rights Council) )?resolution [\w/() ]+?|"
           r"[AS]/(?:HRC/)?RES/\S+?)")
_BODY = r"(?:the )?(?:General Assembly|Security Council|Human Rights Council|Assembly|Council|UN|United Nations)"
_WHEN = r"(?:when|on what date|on which date|on what day|in what year|in which year|what year)"
_ASKS = {
    "date": re.compile(
        rf"^\s*{_WHEN}\s+(?:was|were)\s+{_ITSELF}\s+(?:adopted|passed|approved|agreed(?: on)?)(?:\s+by {_BODY})?\s*\??\s*$"
        rf"|^\s*{_WHEN}\s+did\s+{_BODY}\s+(?:adopt|pass|approve)\s+{_ITSELF}\s*\??\s*$"
        rf"|^\s*what\s+(?:is|was)\s+(?:the\s+)?(?:date of adoption|adoption date|date)\s+of\s+{_ITSELF}\s*\??\s*$"
        rf"|^\s*what\s+(?:is|was)\s+(?:its|the)\s+(?:date of adoption|adoption date)\s*\??\s*$", re.I),
    "symbol": re.compile(
        rf"^\s*what\s+(?:is|was)\s+(?:the\s+)?(?:document\s+)?(?:symbol|number)\s+of\s+{_ITSELF}\s*\??\s*$"
        rf"|^\s*what\s+(?:is|was)\s+its\s+(?:document\s+)?(?:symbol|number)\s*\??\s*$"
        rf"|^\s*(?:which|what)\s+resolution\s+is\s+(?:this|it)\s*\??\s*$", re.I),
    "title": re.compile(
        rf"^\s*what\s+(?:is|was)\s+(?:the\s+)?(?:title|name)\s+of\s+{_ITSELF}\s*\??\s*$"
        rf"|^\s*what\s+(?:is|was)\s+its\s+(?:title|name)\s*\??\s*$"
        rf"|^\s*what\s+(?:is|was)\s+{_ITSELF}\s+(?:called|titled|entitled)\s*\??\s*$", re.I),
}
MAX_LISTED = 5  # beyond this, an unnamed "the resolution" is ambiguous: ask which one


def asked_heading(question: str) -> str | None:
    """"date" for "When was the resolution adopted?", "title" for "What is it called?", "symbol" for "Which
    resolution is this?", else None."""
    return next((kind for kind, pattern in _ASKS.items() if pattern.search(question)), None)


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
    return f"{day.day} {MONTHS[day.month - 1].capitalize()} {day.year}"
