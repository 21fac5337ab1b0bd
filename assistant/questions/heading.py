"""Questions that a resolution's heading answers (when it was adopted, what it is called), not its paragraphs
(answers/heading.py says what the heading states)."""

from __future__ import annotations

import re

from .patterns import SUBJECT, THE_TEXT

# The resolution itself, or one named: "it", "the present resolution", "resolution 76/172", "A/RES/76/172".
_ITSELF = (rf"(?:{SUBJECT}|{THE_TEXT}|this|that|(?:the|this|that) present (?:resolution|text|document)|"
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


def asked_heading(question: str) -> str | None:
    """"date" for "When was the resolution adopted?", "title" for "What is it called?", "symbol" for "Which
    resolution is this?", else None."""
    return next((kind for kind, pattern in _ASKS.items() if pattern.search(question)), None)
